package dev.migrate;

/**
 * A problem a person has to act on. Every instance carries, besides what is wrong (the message), the sentence that
 * says how to fix it: which property to set, which command to run, which file to change. The subclasses say where the
 * problem arose; callers catch this type alone and show {@link #describe()}.
 *
 * <p>There is no error code: the subclasses already tell the kinds apart for a caller that branches on them, and the
 * fix, not a code, is what a person needs.
 */
public class MigrateException extends RuntimeException {

    private final String fix;

    public MigrateException(String message, String fix) {
        this(message, fix, null);
    }

    public MigrateException(String message, String fix, Throwable cause) {
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
