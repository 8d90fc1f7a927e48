package dev.migrate.lint;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.migrate.dialect.Dialect;
import dev.migrate.diff.SchemaChange;
import dev.migrate.diff.TableChange;
import dev.migrate.plan.PlannedChange;
import dev.migrate.plan.Risk;

/**
 * Turns the statement-by-statement changes of one file into findings: the planner's risks of each change (judged with
 * the rest of the file, as a generated migration's are), renames, and lint's own checks; then drops what
 * {@code atlas:nolint} silences and what concerns only tables the file itself creates (they hold no data yet).
 */
final class FileLinter {

    private final Dialect dialect;
    private final LintPolicy policy;

    FileLinter(Dialect dialect, LintPolicy policy) {
        this.dialect = dialect;
        this.policy = policy;
    }

    List<LintFinding> findings(String file, String text, List<StatementChanges> steps) {
        if (steps.isEmpty()) {
            return List.of();
        }
        NolintDirectives nolint = NolintDirectives.of(text);
        int firstLine = steps.get(0).statement().line();
        List<LintFinding> findings = new ArrayList<>();
        Map<SchemaChange, StatementChanges> ownerOf = new IdentityHashMap<>();
        List<SchemaChange> classified = new ArrayList<>();
        for (StatementChanges step : steps) {
            Optional<Risk> rename = Renames.of(step);
            if (rename.isPresent()) {
                add(findings, nolint, firstLine, step, FindingKind.of(rename.get().code()), rename.get().message());
                continue; // its drop and add (and what follows the new name) are the rename, not data loss
            }
            step.changes().forEach(change -> ownerOf.put(change, step));
            classified.addAll(step.changes());
            for (LintChecks.Check check : LintChecks.of(step, isPostgres())) {
                add(findings, nolint, firstLine, step, FindingKind.of(check.check()), check.message());
            }
        }
        if (!classified.isEmpty()) {
            for (PlannedChange planned : dialect.plan(classified).changes()) {
                StatementChanges step = owner(planned.change(), ownerOf);
                if (step == null || !onExistingData(planned.change(), step)) {
                    continue;
                }
                for (Risk risk : planned.risks()) {
                    add(findings, nolint, firstLine, step, FindingKind.of(risk.code()), risk.message());
                }
            }
        }
        findings.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return findings;
    }

    /**
     * The statement a planned change came from. Ordering may hand back a copy (a dropped table without its foreign
     * keys, which are dropped first), so a change not found as itself is found by kind and table.
     */
    private static StatementChanges owner(SchemaChange change, Map<SchemaChange, StatementChanges> ownerOf) {
        StatementChanges step = ownerOf.get(change);
        if (step != null || !(change instanceof TableChange table)) {
            return step;
        }
        return ownerOf.entrySet().stream()
            .filter(entry -> entry.getKey().getClass() == change.getClass()
                    && ((TableChange) entry.getKey()).tableName().equals(table.tableName()))
            .map(Map.Entry::getValue)
            .findFirst()
            .orElse(null);
    }

    private static boolean onExistingData(SchemaChange change, StatementChanges step) {
        return !(change instanceof TableChange table) || step.existedBeforeFile(table.tableName());
    }

    private void add(List<LintFinding> findings, NolintDirectives nolint, int firstLine, StatementChanges step,
            FindingKind kind, String message) {
        int line = step.statement().line();
        if (!nolint.silences(line, firstLine, kind.names())) {
            findings.add(new LintFinding(step.statement().file(), line, kind.code(), kind.category(), message,
                    policy.severityOf(kind)));
        }
    }

    private boolean isPostgres() {
        return dialect.name().equalsIgnoreCase("PostgreSQL");
    }

}
