package dev.migrate.h2;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

import dev.migrate.dialect.Dialect;
import dev.migrate.plan.Plan;
import dev.migrate.schema.InspectOptions;
import dev.migrate.schema.Schema;
import dev.migrate.testing.RoundTripDatabase;
import dev.migrate.testing.SchemaRoundTrips;

/**
 * A private in-memory H2 database that plans are applied to: plan(A→B) applied to A inspects as B, its reverse
 * brings back A, and B compared with itself gives no change.
 */
final class H2RoundTrip extends RoundTripDatabase implements AutoCloseable {

    private static final SchemaRoundTrips.Engine ENGINE = new SchemaRoundTrips.Engine(H2.dialect().differ(), H2Normalizer.INSTANCE);

    private static final Dialect H2_DIALECT = H2.dialect();

    private final Connection connection;

    H2RoundTrip() {
        super(H2_DIALECT, ENGINE, true);
        try {
            connection = DriverManager.getConnection("jdbc:h2:mem:");
        }
        catch (SQLException ex) {
            throw new IllegalStateException(ex);
        }
    }

    @Override
    public Schema inspect() {
        return H2_DIALECT.inspect(connection, InspectOptions.schema("public"));
    }

    static Plan plan(Schema from, Schema to) {
        return H2_DIALECT.plan(H2_DIALECT.differ().diff(from, to));
    }

    @Override
    public void apply(List<String> statements) {
        executeEach(connection, statements);
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
            throw new IllegalStateException(ex);
        }
    }

}
