package dev.migrate.dir;

import dev.migrate.MigrateException;

/** A problem with a migration directory that a person has to act on: what is wrong, and how to fix it. */
public class MigrationDirectoryException extends MigrateException {

    public MigrationDirectoryException(String message, String fix) {
        super(message, fix);
    }

    public MigrationDirectoryException(String message, String fix, Throwable cause) {
        super(message, fix, cause);
    }

}
