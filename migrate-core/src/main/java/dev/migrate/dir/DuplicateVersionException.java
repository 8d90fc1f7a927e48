package dev.migrate.dir;

/** Two files of a directory claim the same version. */
public class DuplicateVersionException extends MigrationDirectoryException {

    private final String first;
    private final String second;

    public DuplicateVersionException(String location, String version, String first, String second) {
        super("Two migrations in " + location + " have version " + version + ": " + first + " and " + second + ".",
                "Give one of them a new, later version (rename it, then run " + Remedies.HASH_COMMAND
                        + "); this usually happens when two branches each added a migration.");
        this.first = first;
        this.second = second;
    }

    public String first() {
        return first;
    }

    public String second() {
        return second;
    }

}
