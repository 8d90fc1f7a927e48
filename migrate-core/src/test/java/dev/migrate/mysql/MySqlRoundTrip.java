package dev.migrate.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import dev.migrate.dialect.Dialect;
import dev.migrate.plan.Plan;
import dev.migrate.schema.InspectOptions;
import dev.migrate.schema.Schema;
import dev.migrate.testing.SchemaRoundTrips;
import dev.migrate.testing.TestMySql;

/**
 * A database of the test server that plans are applied to: plan(A→B) applied to A inspects as B, its reverse brings
 * back A, and B compared with itself gives no change.
 */
final class MySqlRoundTrip implements AutoCloseable {

    static final Dialect DIALECT = new MariaDbDialect();

    private static final SchemaRoundTrips.Engine ENGINE = new SchemaRoundTrips.Engine(DIALECT.differ(),
            MySqlNormalizer.INSTANCE);

    static final Schema EMPTY = new Schema("public", List.of(), List.of(), List.of());

    private final TestMySql.Database database;

    private final Connection connection;

    MySqlRoundTrip() {
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

    Schema inspect() {
        return DIALECT.inspect(connection, InspectOptions.schema(database.name()));
    }

    static Plan plan(Schema from, Schema to) {
        return DIALECT.plan(DIALECT.differ().diff(from, to));
    }

    void apply(List<String> statements) {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                try {
                    statement.execute(sql);
                }
                catch (SQLException ex) {
                    throw new AssertionError("Statement failed: " + sql + "\n" + ex.getMessage()
                            + "\nAll statements:\n" + String.join(";\n", statements), ex);
                }
            }
        }
        catch (SQLException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** Empties the database. */
    void reset() {
        apply(List.of("drop database " + database.name(), "create database " + database.name(),
                "use " + database.name()));
    }

    /** Creates {@code schema} in the (empty) database and checks that it inspects as itself. */
    Schema create(Schema schema) {
        apply(plan(EMPTY, schema).statements());
        Schema inspected = inspect();
        assertSameSchema(inspected, schema);
        return inspected;
    }

    /** The full round trip from the schema in the database ({@code a}) to {@code b} and back. */
    void check(Schema a, Schema b) {
        Plan plan = plan(a, b);
        assertThat(plan.isEmpty()).as("plan from A to B is empty").isFalse();
        SchemaRoundTrips.check(ENGINE, plan, a, b, this::apply, this::inspect, true);
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
