package dev.migrate.git;

import dev.migrate.dir.MigrationDirectoryException;

/** The git base cannot be read: no repository, an unknown ref, or a clone too shallow to hold the base. */
public class GitBaseException extends MigrationDirectoryException {

    public GitBaseException(String message, String fix, Throwable cause) {
        super(message, fix, cause);
    }

}
