package dev.migrate.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import dev.migrate.diff.SchemaChange;
import dev.migrate.diff.TableChange.AlterColumn;

/**
 * Turns changes into a {@link Plan} given a dialect's statements: the changes in dependency order
 * ({@link ChangeOrdering}), each with its statements, reverse statements (those of its inverse), Atlas-style comment,
 * risks, and, for a change without a faithful reverse, the reason the plan is irreversible. A type change that does
 * not keep every value (in either direction) is preceded by the dialect's {@link FitCheck}, so it fails instead of
 * cutting or rounding data.
 */
public final class ChangePlanner {

    private final Function<SchemaChange, List<String>> statements;
    private final ChangeRisks risks;
    private final Optional<FitCheck> fitCheck;

    /** A planner whose type changes are planned as the statements say, unguarded. */
    public ChangePlanner(Function<SchemaChange, List<String>> statements, ChangeRisks risks) {
        this(statements, risks, Optional.empty());
    }

    public ChangePlanner(Function<SchemaChange, List<String>> statements, ChangeRisks risks, FitCheck fitCheck) {
        this(statements, risks, Optional.of(fitCheck));
    }

    private ChangePlanner(Function<SchemaChange, List<String>> statements, ChangeRisks risks,
            Optional<FitCheck> fitCheck) {
        this.statements = statements;
        this.risks = risks;
        this.fitCheck = fitCheck;
    }

    public Plan plan(List<SchemaChange> changes) {
        return new Plan(ChangeOrdering.arrange(changes).stream().map(change -> planned(change, changes))
                .filter(c -> !c.statements().isEmpty()).toList());
    }

    private PlannedChange planned(SchemaChange change, List<SchemaChange> migration) {
        List<String> reverse = change.inverse().map(this::statements).orElse(List.of());
        return new PlannedChange(change, ChangeComments.describe(change), statements(change), reverse,
                risks.of(change, migration), change.irreversibleReason());
    }

    private List<String> statements(SchemaChange change) {
        List<String> sql = statements.apply(change);
        if (fitCheck.isEmpty() || !(change instanceof AlterColumn alter) || !risks.narrows(alter)) {
            return sql;
        }
        List<String> guarded = new ArrayList<>(fitCheck.get().statements(alter));
        guarded.addAll(sql);
        return guarded;
    }

}
