package dev.migrate.autoconfigure.dev;

import java.nio.file.Path;

import dev.migrate.dir.WrittenMigration;
import dev.migrate.generate.LikelyRename;
import dev.migrate.generate.SchemaDiff;
import dev.migrate.plan.PlannedChange;
import dev.migrate.plan.Risk;

/**
 * Whether a generated migration waits for a person before a {@code dev} start applies it: it does when it holds a
 * destructive change, a data-dependent one (narrowing, NOT NULL without default on an existing table, a new unique
 * on existing data) or a likely rename, the same classification that marks the file's statements. The stop says
 * which statements, why, and what to do.
 */
final class RiskyChangesReview {

    static final String APPLY_PROPERTY = "migrate.dev.apply-risky-changes";

    private RiskyChangesReview() {
    }

    static boolean needed(SchemaDiff diff) {
        return !diff.plan().changesNeedingReview().isEmpty() || !diff.likelyRenames().isEmpty();
    }

    /** The failure that stops the start, naming the file, each risky statement and the way on. */
    static MigrationDiffException stop(SchemaDiff diff, WrittenMigration written) {
        String nl = System.lineSeparator();
        Path file = written.files().get(0);
        StringBuilder description = new StringBuilder("Generated ").append(file)
            .append(", but did not apply it: it holds changes to review first.").append(nl);
        for (LikelyRename rename : diff.likelyRenames()) {
            description.append(nl).append("  Likely rename: \"").append(rename.table()).append("\".\"")
                .append(rename.from()).append("\" is dropped and \"").append(rename.to())
                .append("\" is added; the drop loses its data. To keep it, replace the drop and the add with:")
                .append(nl).append("    ").append(rename.renameStatement()).append(nl);
        }
        for (PlannedChange change : diff.plan().changesNeedingReview()) {
            description.append(nl);
            for (Risk risk : change.risks()) {
                description.append("  ").append(risk.code()).append(" (").append(risk.category().label())
                    .append("): ").append(risk.message()).append(nl);
            }
            change.statements().forEach(statement -> description.append("    ").append(statement).append(';')
                .append(nl));
        }
        String action = "Review " + file.getFileName() + " in " + file.getParent() + ": edit it if the data should be "
                + "kept or moved (the file marks each risky statement with its code), then start again; the next "
                + "start re-hashes the edited file and applies it. To apply such changes at once in dev, set "
                + APPLY_PROPERTY + "=true.";
        return new MigrationDiffException(description.toString().stripTrailing(), action, null);
    }

}
