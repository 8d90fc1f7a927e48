package dev.migrate.dir;

/**
 * A problem with a migration directory that a person has to act on. Every instance carries, besides what is wrong,
 * the sentence that says how to fix it.
 */
public class MigrationDirectoryException extends RuntimeException {

    private final String fix;

    public MigrationDirectoryException(String message, String fix) {
        this(message, fix, null);
    }

    public MigrationDirectoryException(String message, String fix, Throwable cause) {
        super(message, cause);
        this.fix = fix;
    }

    /** How to fix the problem, as one or more sentences. */
    public String fix() {
        return fix;
    }

    /** The message and the fix together, as shown to a person on the command line. */
    public String describe() {
        return getMessage() + System.lineSeparator() + fix;
    }

}
