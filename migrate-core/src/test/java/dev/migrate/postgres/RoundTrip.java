package dev.migrate.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import dev.migrate.diff.SchemaChange;
import dev.migrate.plan.Plan;
import dev.migrate.schema.InspectOptions;
import dev.migrate.schema.Schema;
import dev.migrate.testing.RoundTripDatabase;
import dev.migrate.testing.SchemaRoundTrips;
import dev.migrate.testing.TestDatabase;

/**
 * Applies plans to a real database and checks what comes back: plan(A→B) applied to A inspects as B, its reverse
 * brings back A, and B compared with itself gives no change.
 */
final class RoundTrip extends RoundTripDatabase {

    private static final SchemaRoundTrips.Engine ENGINE = new SchemaRoundTrips.Engine(Postgres.dialect().differ(), PostgresNormalizer.INSTANCE);

    private final TestDatabase db;

    RoundTrip(TestDatabase db) {
        super(PostgresDialect.INSTANCE, ENGINE, false);
        this.db = db;
    }

    @Override
    public Schema inspect() {
        try (Connection connection = db.connect()) {
            return Postgres.dialect().inspect(connection, InspectOptions.schema("public"));
        }
        catch (SQLException ex) {
            throw new IllegalStateException(ex);
        }
    }

    static Plan plan(Schema from, Schema to) {
        List<SchemaChange> changes = Postgres.dialect().differ().diff(from, to);
        return Postgres.dialect().plan(changes);
    }

    /**
     * Runs the statements as a migration tool would: in one transaction, like Flyway and Liquibase run a file, unless
     * they add enum values (a new value cannot be used in the transaction that adds it), then one by one.
     */
    @Override
    public void apply(List<String> statements) {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            statement.execute("SET synchronous_commit TO off");
            boolean oneTransaction = statements.stream().noneMatch(s -> s.contains(" ADD VALUE "));
            if (oneTransaction && !statements.isEmpty()) {
                try {
                    statement.execute(String.join(";\n", statements));
                    return;
                }
                catch (SQLException ex) {
                    // rolled back as a whole; run them one by one to report the statement that fails
                }
            }
            executeEach(statement, statements);
            if (oneTransaction) {
                throw new AssertionError("The statements failed together but not one by one:\n"
                        + String.join(";\n", statements));
            }
        }
        catch (SQLException ex) {
            throw new IllegalStateException(ex);
        }
    }

    static void assertSameSchema(Schema actual, Schema expected) {
        SchemaRoundTrips.assertSameSchema(ENGINE, actual, expected);
    }

}
