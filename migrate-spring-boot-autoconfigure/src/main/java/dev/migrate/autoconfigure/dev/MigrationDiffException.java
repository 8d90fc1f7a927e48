package dev.migrate.autoconfigure.dev;

import dev.migrate.MigrateException;

/**
 * Generating a migration from the entities failed (dev auto-diff or {@code --migrate.diff}); nothing was applied.
 */
public class MigrationDiffException extends MigrateException {

    public MigrationDiffException(String description, String fix, Throwable cause) {
        super(description, fix, cause);
    }

    /**
     * A failure while diffing and writing, as this run's: its own failures as they are, migrate's with the fix they
     * carry, anything else with the advice to fix the cause shown.
     */
    static MigrationDiffException whileGenerating(RuntimeException failure) {
        if (failure instanceof MigrationDiffException diff) {
            return diff;
        }
        String consequence = "nothing was written and nothing was applied.";
        String fix = (failure instanceof MigrateException migrate)
                ? migrate.fix() + " Then start again; " + consequence
                : "Fix the cause above and start again; " + consequence;
        return new MigrationDiffException("Generating a migration from the entities failed: " + failure.getMessage(),
                fix, failure);
    }

}
