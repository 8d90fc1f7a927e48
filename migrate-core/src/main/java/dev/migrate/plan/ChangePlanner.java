package dev.migrate.plan;

import java.util.List;
import java.util.function.Function;

import dev.migrate.diff.SchemaChange;

/**
 * Turns changes into a {@link Plan} given a dialect's statements: the changes in dependency order
 * ({@link ChangeOrdering}), each with its statements, reverse statements (those of its inverse), Atlas-style comment,
 * risks, and, for a change without a faithful reverse, the reason the plan is irreversible.
 */
public final class ChangePlanner {

    private final Function<SchemaChange, List<String>> statements;
    private final ChangeRisks risks;

    public ChangePlanner(Function<SchemaChange, List<String>> statements, ChangeRisks risks) {
        this.statements = statements;
        this.risks = risks;
    }

    public Plan plan(List<SchemaChange> changes) {
        return new Plan(ChangeOrdering.arrange(changes).stream().map(change -> planned(change, changes))
                .filter(c -> !c.statements().isEmpty()).toList());
    }

    private PlannedChange planned(SchemaChange change, List<SchemaChange> migration) {
        List<String> reverse = change.inverse().map(statements).orElse(List.of());
        return new PlannedChange(change, ChangeComments.describe(change), statements.apply(change), reverse,
                risks.of(change, migration), change.irreversibleReason());
    }

}
