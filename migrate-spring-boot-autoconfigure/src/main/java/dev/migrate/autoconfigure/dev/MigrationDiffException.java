package dev.migrate.autoconfigure.dev;

import dev.migrate.autoconfigure.MigrateStartupFailure;

/**
 * Generating a migration from the entities failed (dev auto-diff or {@code --migrate.diff}); nothing was applied.
 */
public class MigrationDiffException extends RuntimeException implements MigrateStartupFailure {

    private final String action;

    public MigrationDiffException(String description, String action, Throwable cause) {
        super(description, cause);
        this.action = action;
    }

    @Override
    public String description() {
        return getMessage();
    }

    @Override
    public String action() {
        return this.action;
    }

}
