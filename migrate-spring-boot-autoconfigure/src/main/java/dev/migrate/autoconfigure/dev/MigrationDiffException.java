package dev.migrate.autoconfigure.dev;

import dev.migrate.MigrateException;

/**
 * Generating a migration from the entities failed (dev auto-diff or {@code --migrate.diff}); nothing was applied.
 */
public class MigrationDiffException extends MigrateException {

    public MigrationDiffException(String description, String fix, Throwable cause) {
        super(description, fix, cause);
    }

}
