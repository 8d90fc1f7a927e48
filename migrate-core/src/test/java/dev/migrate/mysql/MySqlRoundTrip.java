package dev.migrate.mysql;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import dev.migrate.dialect.Dialect;
import dev.migrate.plan.Plan;
import dev.migrate.schema.InspectOptions;
import dev.migrate.schema.Schema;
import dev.migrate.testing.RoundTripDatabase;
import dev.migrate.testing.SchemaRoundTrips;
import dev.migrate.testing.TestMySql;

/**
 * A database of the test server that plans are applied to: plan(A→B) applied to A inspects as B, its reverse brings
 * back A, and B compared with itself gives no change.
 */
final class MySqlRoundTrip extends RoundTripDatabase implements AutoCloseable {

    static final Dialect DIALECT = new MariaDbDialect();

    private static final SchemaRoundTrips.Engine ENGINE = new SchemaRoundTrips.Engine(DIALECT.differ(),
            MySqlNormalizer.INSTANCE);

    private final TestMySql.Database database;

    private final Connection connection;

    MySqlRoundTrip() {
        super(DIALECT, ENGINE, true);
        database = TestMySql.server().createDatabase();
        try {
            connection = database.connect();
        }
        catch (SQLException ex) {
            database.close();
            throw new IllegalStateException(ex);
        }
    }

    TestMySql.Database database() {
        return database;
    }

    Connection connection() {
        return connection;
    }

    @Override
    public Schema inspect() {
        return DIALECT.inspect(connection, InspectOptions.schema(database.name()));
    }

    static Plan plan(Schema from, Schema to) {
        return DIALECT.plan(DIALECT.differ().diff(from, to));
    }

    @Override
    public void apply(List<String> statements) {
        executeEach(connection, statements);
    }

    /** Empties the database. */
    void reset() {
        apply(List.of("drop database " + database.name(), "create database " + database.name(),
                "use " + database.name()));
    }

    static void assertSameSchema(Schema actual, Schema expected) {
        SchemaRoundTrips.assertSameSchema(ENGINE, actual, expected);
    }

    @Override
    public void close() {
        try {
            connection.close();
        }
        catch (SQLException ex) {
            // dropped below either way
        }
        database.close();
    }

}
