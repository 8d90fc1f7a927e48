package dev.migrate.autoconfigure;

/**
 * A reason the starter refused to start the application, told the way a failure analysis reads: what is wrong, then
 * what to do about it.
 */
public interface MigrateStartupFailure {

    /** What is wrong, naming the directory and the files involved. */
    String description();

    /** How to fix it. */
    String action();

}
