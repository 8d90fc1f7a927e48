package dev.migrate.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import dev.migrate.dialect.Dialect;
import dev.migrate.plan.Plan;
import dev.migrate.schema.Schema;

/**
 * A database of one dialect that plans are applied to: what every dialect's round-trip helper shares around
 * {@link SchemaRoundTrips}. A dialect says how it plans, applies and inspects.
 */
public abstract class RoundTripDatabase {

    public static final Schema EMPTY = new Schema("public", List.of(), List.of(), List.of());

    private final Dialect dialect;

    private final SchemaRoundTrips.Engine engine;

    private final boolean strict;

    /**
     * @param strict whether every checked plan must change something and be reversible (otherwise an irreversible
     * plan's reverse is skipped)
     */
    protected RoundTripDatabase(Dialect dialect, SchemaRoundTrips.Engine engine, boolean strict) {
        this.dialect = dialect;
        this.engine = engine;
        this.strict = strict;
    }

    public abstract Schema inspect();

    public abstract void apply(List<String> statements);

    /** The dialect's plan from one schema to another. */
    private Plan planOf(Schema from, Schema to) {
        return dialect.plan(dialect.differ().diff(from, to));
    }

    /** Creates {@code schema} in the (empty) database and checks that it inspects as itself. */
    public Schema create(Schema schema) {
        apply(planOf(EMPTY, schema).statements());
        Schema inspected = inspect();
        SchemaRoundTrips.assertSameSchema(engine, inspected, schema);
        return inspected;
    }

    /** The full round trip from the schema in the database ({@code a}) to {@code b} and back. */
    public void check(Schema a, Schema b) {
        Plan plan = planOf(a, b);
        if (strict) {
            assertThat(plan.isEmpty()).as("plan from A to B is empty").isFalse();
        }
        SchemaRoundTrips.check(engine, plan, a, b, this::apply, this::inspect, strict);
    }

    /** Runs the statements one by one on a new statement of the connection. */
    protected static void executeEach(Connection connection, List<String> statements) {
        try (Statement statement = connection.createStatement()) {
            executeEach(statement, statements);
        }
        catch (SQLException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** Runs the statements one by one; the first that fails fails the test, naming itself and all the others. */
    protected static void executeEach(Statement statement, List<String> statements) throws SQLException {
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

}
