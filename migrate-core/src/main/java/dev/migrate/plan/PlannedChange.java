package dev.migrate.plan;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import dev.migrate.diff.SchemaChange;

/**
 * One change of a {@link Plan}: its comment (Atlas style, e.g. {@code create "users" table}), the statements that
 * apply it, the statements that undo it, its risks, and why it cannot be undone ({@code null} when it can).
 */
public record PlannedChange(SchemaChange change, String comment, List<String> statements,
        List<String> reverseStatements, Set<ChangeRisk> risks, String irreversibleReason) {

    public PlannedChange {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(comment, "comment");
        statements = List.copyOf(statements);
        reverseStatements = List.copyOf(reverseStatements);
        risks = Set.copyOf(risks);
    }

    public boolean reversible() {
        return irreversibleReason == null;
    }

    public boolean destructive() {
        return risks.contains(ChangeRisk.DESTRUCTIVE);
    }

    public boolean mayFailOnData() {
        return risks.contains(ChangeRisk.MAY_FAIL_ON_DATA);
    }

}
