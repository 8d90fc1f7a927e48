package dev.migrate.dir;

import java.io.IOException;
import java.util.List;

/** Directory reads that turn an I/O failure into an error a person can act on. */
public final class UncheckedReads {

    private UncheckedReads() {
    }

    public static List<String> sqlFileNames(MigrationDirectory directory) {
        try {
            return directory.sqlFileNames();
        }
        catch (IOException ex) {
            throw new MigrationDirectoryException("Cannot list the migration directory " + directory.location() + ": "
                    + ex.getMessage(), "Check that the directory exists and is readable by this user.", ex);
        }
    }

    public static byte[] read(MigrationDirectory directory, String name) {
        try {
            return directory.read(name);
        }
        catch (IOException ex) {
            throw new MigrationDirectoryException("Cannot read " + name + " in " + directory.location() + ": "
                    + describe(ex), "Check the file's permissions (it must be readable by this user).", ex);
        }
    }

    private static String describe(IOException ex) {
        if (ex instanceof java.nio.file.AccessDeniedException) {
            return "access denied";
        }
        if (ex instanceof java.nio.file.NoSuchFileException) {
            return "the file disappeared while it was being read";
        }
        return ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
    }

}
