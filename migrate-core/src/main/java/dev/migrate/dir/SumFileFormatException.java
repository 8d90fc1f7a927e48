package dev.migrate.dir;

/** {@code atlas.sum} cannot be read as a sum file: which line, and why. */
public class SumFileFormatException extends MigrationDirectoryException {

    private final int line;
    private final String reason;

    public SumFileFormatException(int line, String reason) {
        super("checksum file format invalid: " + MigrationDirectory.SUM_FILE_NAME + " line " + line + ": " + reason,
                "Restore atlas.sum from version control, or rebuild it from the files with ./mvnw migrate:hash.");
        this.line = line;
        this.reason = reason;
    }

    /** 1-based line of {@code atlas.sum}. */
    public int line() {
        return line;
    }

    public String reason() {
        return reason;
    }

}
