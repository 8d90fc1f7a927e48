package dev.migrate.autoconfigure;

import dev.migrate.dir.MigrationDirectoryException;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Turns the starter's startup failures, and the migration directory's own errors (such as two files with one
 * version), into the "APPLICATION FAILED TO START" report instead of a stack trace.
 */
public class MigrateFailureAnalyzer implements FailureAnalyzer {

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof MigrateStartupFailure startupFailure) {
                return new FailureAnalysis(startupFailure.description(), startupFailure.action(), cause);
            }
            if (cause instanceof MigrationDirectoryException directoryException) {
                return new FailureAnalysis("The migration directory could not be read: " + cause.getMessage(),
                        directoryException.fix(), cause);
            }
        }
        return null;
    }

}
