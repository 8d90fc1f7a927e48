package dev.migrate.postgres;

import java.util.List;

import dev.migrate.diff.SchemaChange;
import dev.migrate.plan.ChangePlanner;
import dev.migrate.plan.ChangeRisks;
import dev.migrate.plan.FitCheck;
import dev.migrate.plan.Plan;

/** Turns changes into a PostgreSQL {@link Plan} ({@link ChangePlanner} with {@link PostgresStatements}). */
public final class PostgresPlanner {

    /** PostgreSQL keeps the first 63 bytes of a name. */
    private static final int MAX_NAME_LENGTH = 63;

    private static final ChangePlanner PLANNER = new ChangePlanner(PostgresStatements::of,
            new ChangeRisks(PostgresTypes::isWidening),
            new FitCheck(PostgresIdentifiers::quote, PostgresTypes::render, MAX_NAME_LENGTH));

    public Plan plan(List<SchemaChange> changes) {
        return PLANNER.plan(changes);
    }

}
