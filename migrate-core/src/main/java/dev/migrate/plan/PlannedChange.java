package dev.migrate.plan;

import java.util.List;
import java.util.Objects;

import dev.migrate.diff.SchemaChange;

/**
 * One change of a {@link Plan}: its comment (Atlas style, e.g. {@code create "users" table}), the statements that
 * apply it, the statements that undo it, its risks, and why it cannot be undone ({@code null} when it can).
 */
public record PlannedChange(SchemaChange change, String comment, List<String> statements,
        List<String> reverseStatements, List<Risk> risks, String irreversibleReason) {

    public PlannedChange {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(comment, "comment");
        statements = List.copyOf(statements);
        reverseStatements = List.copyOf(reverseStatements);
        risks = List.copyOf(risks);
    }

    boolean reversible() {
        return irreversibleReason == null;
    }

    /** Loses data (see {@link RiskCategory#DESTRUCTIVE}). */
    public boolean destructive() {
        return has(RiskCategory.DESTRUCTIVE);
    }

    /** Whether a person should look at this change before it runs on a database with data. */
    boolean needsReview() {
        return risks.stream().anyMatch(risk -> risk.category().needsReview());
    }

    private boolean has(RiskCategory category) {
        return risks.stream().anyMatch(risk -> risk.category() == category);
    }

}
