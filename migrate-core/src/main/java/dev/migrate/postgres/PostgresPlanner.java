package dev.migrate.postgres;

import java.util.List;

import dev.migrate.diff.SchemaChange;
import dev.migrate.plan.ChangeComments;
import dev.migrate.plan.ChangeOrdering;
import dev.migrate.plan.Plan;
import dev.migrate.plan.PlannedChange;

/**
 * Turns changes into a PostgreSQL {@link Plan}: the changes in dependency order ({@link ChangeOrdering}), each with
 * its statements, reverse statements (those of its inverse), Atlas-style comment, risks, and, for a change without a
 * faithful reverse, the reason the plan is irreversible.
 */
public final class PostgresPlanner {

    public Plan plan(List<SchemaChange> changes) {
        return new Plan(ChangeOrdering.arrange(changes).stream().map(PostgresPlanner::planned)
                .filter(c -> !c.statements().isEmpty()).toList());
    }

    private static PlannedChange planned(SchemaChange change) {
        List<String> reverse = change.inverse().map(PostgresStatements::of).orElse(List.of());
        return new PlannedChange(change, ChangeComments.describe(change), PostgresStatements.of(change), reverse,
                PostgresChangeRisks.of(change), change.irreversibleReason());
    }

}
