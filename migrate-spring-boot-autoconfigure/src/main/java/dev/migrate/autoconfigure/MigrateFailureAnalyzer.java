package dev.migrate.autoconfigure;

import dev.migrate.MigrateException;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Turns migrate's failures (the starter's refusals to start, and core's own errors such as two files with one
 * version) into the "APPLICATION FAILED TO START" report instead of a stack trace: what is wrong, then its fix.
 */
public class MigrateFailureAnalyzer implements FailureAnalyzer {

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof MigrateException migrate) {
                return new FailureAnalysis(migrate.getMessage(), migrate.fix(), cause);
            }
        }
        return null;
    }

}
