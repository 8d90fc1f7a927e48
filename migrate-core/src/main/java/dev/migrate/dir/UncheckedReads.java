package dev.migrate.dir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.security.MessageDigest;
import java.util.List;

/** Directory reads that turn an I/O failure into an error a person can act on. */
public final class UncheckedReads {

    private UncheckedReads() {
    }

    public static List<String> sqlFileNames(MigrationDirectory directory) {
        try {
            return directory.sqlFileNames();
        }
        catch (AccessDeniedException ex) {
            throw new MigrationDirectoryException("Cannot list the migration directory " + directory.location()
                    + ": access denied", "Give this user read and execute permission on the directory.", ex);
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
            throw unreadable(directory, name, ex);
        }
    }

    /** {@link SumHasher#feed(MessageDigest, String, InputStream)} on one file of the directory. */
    static MessageDigest feed(MigrationDirectory directory, MessageDigest running, String name) {
        try (InputStream content = directory.open(name)) {
            return SumHasher.feed(running, name, content);
        }
        catch (IOException ex) {
            throw unreadable(directory, name, ex);
        }
    }

    /** The whole file when it holds at most {@code limit} bytes, otherwise empty. */
    static java.util.Optional<byte[]> readUpTo(MigrationDirectory directory, String name, int limit) {
        try (InputStream content = directory.open(name)) {
            byte[] bytes = content.readNBytes(limit + 1);
            return bytes.length > limit ? java.util.Optional.empty() : java.util.Optional.of(bytes);
        }
        catch (IOException ex) {
            throw unreadable(directory, name, ex);
        }
    }

    static List<String> leftovers(MigrationDirectory directory) {
        try {
            return directory.leftovers();
        }
        catch (IOException ex) {
            return List.of(); // a listing that fails here failed before, with its own message
        }
    }

    private static MigrationDirectoryException unreadable(MigrationDirectory directory, String name, IOException ex) {
        if (ex instanceof AccessDeniedException) {
            return new MigrationDirectoryException("Cannot read " + name + " in " + directory.location()
                    + ": access denied", "Check the file's permissions: it must be readable by this user (for example chmod a+r "
                            + name + ").",
                    ex);
        }
        if (ex instanceof NoSuchFileException) {
            return new MigrationDirectoryException("Cannot read " + name + " in " + directory.location()
                    + ": the file disappeared while it was being read",
                    "Run the command again once nothing else is changing the directory.", ex);
        }
        String reason = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        return new MigrationDirectoryException("Cannot read " + name + " in " + directory.location() + ": " + reason,
                "Fix or remove that entry of the directory; only regular files readable by this user can be "
                        + "migrations.", ex);
    }

}
