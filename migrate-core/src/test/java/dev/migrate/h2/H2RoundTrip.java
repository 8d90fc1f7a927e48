package dev.migrate.h2;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import dev.migrate.dialect.Dialect;
import dev.migrate.plan.Plan;
import dev.migrate.schema.InspectOptions;
import dev.migrate.schema.Schema;
import dev.migrate.testing.SchemaRoundTrips;

/**
 * A private in-memory H2 database that plans are applied to: plan(A→B) applied to A inspects as B, its reverse
 * brings back A, and B compared with itself gives no change.
 */
final class H2RoundTrip implements AutoCloseable {

    private static final SchemaRoundTrips.Engine ENGINE = new SchemaRoundTrips.Engine(H2.dialect().differ(), H2Normalizer.INSTANCE);

    static final Schema EMPTY = new Schema("public", List.of(), List.of(), List.of());

    private static final Dialect H2_DIALECT = H2.dialect();

    private final Connection connection;

    H2RoundTrip() {
        try {
            connection = DriverManager.getConnection("jdbc:h2:mem:");
        }
        catch (SQLException ex) {
            throw new IllegalStateException(ex);
        }
    }

    Schema inspect() {
        return H2_DIALECT.inspect(connection, InspectOptions.schema("public"));
    }

    static Plan plan(Schema from, Schema to) {
        return H2_DIALECT.plan(H2_DIALECT.differ().diff(from, to));
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
            throw new IllegalStateException(ex);
        }
    }

}
