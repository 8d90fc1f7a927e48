package dev.migrate.dir;

import java.io.IOException;
import java.util.List;

/** Directory reads that turn an I/O failure into an error a person can act on. */
final class UncheckedReads {

    private UncheckedReads() {
    }

    static List<String> sqlFileNames(MigrationDirectory directory) {
        try {
            return directory.sqlFileNames();
        }
        catch (IOException ex) {
            throw new MigrationDirectoryException("Cannot list the migration directory " + directory.location() + ": "
                    + ex.getMessage(), "Check that the directory exists and is readable by this user.", ex);
        }
    }

    static byte[] read(MigrationDirectory directory, String name) {
        try {
            return directory.read(name);
        }
        catch (IOException ex) {
            throw new MigrationDirectoryException("Cannot read " + name + " in " + directory.location() + ": "
                    + describe(ex), "Check the file's permissions (it must be readable by this user).", ex);
        }
    }

    private static String describe(IOException ex) {
        return ex.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2")
                .toLowerCase() + (ex.getMessage() == null ? "" : " (" + ex.getMessage() + ")");
    }

}
