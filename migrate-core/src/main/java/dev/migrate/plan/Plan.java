package dev.migrate.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The ordered changes that turn one schema into another, each with its statements and reverse statements. The
 * reverse of the plan runs the changes' reverse statements in the opposite order. SQL text uses Atlas's layout: a
 * {@code -- comment} line per change, then its statements, each ending with {@code ;}.
 */
public record Plan(List<PlannedChange> changes) {

    public Plan {
        changes = List.copyOf(changes);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** The statements that apply the plan, in order, without terminating semicolons. */
    public List<String> statements() {
        return changes.stream().flatMap(c -> c.statements().stream()).toList();
    }

    /** The statements that undo the plan, in order, without terminating semicolons. */
    public List<String> reverseStatements() {
        List<String> reverse = new ArrayList<>();
        for (PlannedChange change : reversedChanges()) {
            reverse.addAll(change.reverseStatements());
        }
        return reverse;
    }

    public boolean isReversible() {
        return changes.stream().allMatch(PlannedChange::reversible);
    }

    /** The changes that have no faithful reverse; the plan is irreversible when there is any. */
    public List<PlannedChange> irreversibleChanges() {
        return changes.stream().filter(c -> !c.reversible()).toList();
    }

    public List<PlannedChange> destructiveChanges() {
        return changes.stream().filter(PlannedChange::destructive).toList();
    }

    /** The changes a person should review before they run on data: destructive, data-dependent or renames. */
    public List<PlannedChange> changesNeedingReview() {
        return changes.stream().filter(PlannedChange::needsReview).toList();
    }

    /** Every coded risk of the plan, in the order of its changes. */
    public List<Risk> risks() {
        return changes.stream().flatMap(c -> c.risks().stream()).toList();
    }

    /**
     * The SQL script that applies the plan. A risky change carries a comment line per risk under its own, e.g.
     * {@code -- DS103 (destructive): Dropping non-virtual column "body" from table "notes"}.
     */
    public String toSql() {
        StringBuilder sql = new StringBuilder();
        for (PlannedChange change : changes) {
            sql.append("-- ").append(singleLine(change.comment())).append('\n');
            change.risks().forEach(risk -> sql.append("-- ").append(risk.comment()).append('\n'));
            appendStatements(sql, change.statements());
        }
        return sql.toString();
    }

    /**
     * The SQL script that undoes the plan; an irreversible change shows as a comment saying why, and contributes
     * no statement.
     */
    public String toReverseSql() {
        StringBuilder sql = new StringBuilder();
        for (PlannedChange change : reversedChanges()) {
            if (change.reversible()) {
                appendChange(sql, "reverse: " + change.comment(), change.reverseStatements());
            }
            else {
                sql.append("-- irreversible: ").append(change.comment()).append(": ")
                        .append(singleLine(change.irreversibleReason())).append('\n');
            }
        }
        return sql.toString();
    }

    private List<PlannedChange> reversedChanges() {
        List<PlannedChange> reversed = new ArrayList<>(changes);
        Collections.reverse(reversed);
        return reversed;
    }

    private static void appendChange(StringBuilder sql, String comment, List<String> statements) {
        sql.append("-- ").append(singleLine(comment)).append('\n');
        appendStatements(sql, statements);
    }

    private static void appendStatements(StringBuilder sql, List<String> statements) {
        for (String statement : statements) {
            sql.append(statement).append(";\n");
        }
    }

    private static String singleLine(String text) {
        return text.replace("\r", "\\r").replace("\n", "\\n");
    }

}
