package dev.migrate.dir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A migration directory on the file system. Only regular files are read (a symbolic link to one is followed, as
 * Atlas does); a device, FIFO or socket named {@code *.sql} is refused before it is opened, so nothing hangs or fills
 * memory.
 */
final class FileSystemDirectory implements MigrationDirectory {

    /** Temporary names of an atomic write ({@link AtomicFiles}): {@code .<name>.<uuid>.tmp}. */
    private static final Pattern WRITE_LEFTOVER = Pattern.compile(
            "\\..+\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.tmp");

    private final Path path;
    private final String location;

    /** The entries of the last listing by UTF-8 name: opens the exact file even when this JVM cannot spell it. */
    private volatile Map<String, Path> listed = Map.of();

    FileSystemDirectory(Path path) {
        this(path, null);
    }

    /** @param location how a person configured it (e.g. {@code classpath:db/migrations}); the path when null */
    FileSystemDirectory(Path path, String location) {
        this.path = path.toAbsolutePath().normalize();
        this.location = location == null ? this.path.toString() : location;
    }

    Path path() {
        return path;
    }

    @Override
    public String location() {
        return location;
    }

    @Override
    public boolean exists() {
        return Files.isDirectory(path);
    }

    @Override
    public List<String> sqlFileNames() throws IOException {
        requireDirectory();
        Map<String, Path> entries = new HashMap<>();
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> children = Files.newDirectoryStream(path)) {
            for (Path child : children) {
                // Like Atlas, every *.sql entry is a migration; no per-entry stat here (a folder named *.sql fails its
                // read with a message).
                if (child.getFileName().toString().endsWith(".sql")) {
                    String name = FileNames.of(child, location);
                    entries.put(name, child);
                    names.add(name);
                }
            }
        }
        names.sort(FileNameOrder.BYTEWISE);
        this.listed = entries;
        return names;
    }

    @Override
    public List<String> leftovers() throws IOException {
        requireDirectory();
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> children = Files.newDirectoryStream(path)) {
            for (Path child : children) {
                String name = child.getFileName().toString();
                if (WRITE_LEFTOVER.matcher(name).matches()) {
                    names.add(name);
                }
            }
        }
        names.sort(FileNameOrder.BYTEWISE);
        return names;
    }

    @Override
    public InputStream open(String name) throws IOException {
        Path file = fileOf(name);
        long size = regularFileSize(file, name);
        if (size > MAX_FILE_BYTES) {
            throw new IOException(tooLarge(name, size));
        }
        return new BoundedInputStream(Files.newInputStream(file), MAX_FILE_BYTES, () -> tooLarge(name, -1));
    }

    @Override
    public byte[] read(String name) throws IOException {
        try (InputStream in = open(name)) {
            return in.readAllBytes();
        }
    }

    @Override
    public Optional<byte[]> readSumFile() throws IOException {
        requireDirectory();
        if (sumFileSize() < 0) {
            return Optional.empty();
        }
        return Optional.of(read(SUM_FILE_NAME));
    }

    @Override
    public long sumFileSize() throws IOException {
        Path sum = path.resolve(SUM_FILE_NAME);
        if (!Files.exists(sum) && !Files.isSymbolicLink(sum)) {
            return -1;
        }
        return regularFileSize(sum, SUM_FILE_NAME);
    }

    @Override
    public Optional<InterruptedWrite> interruptedWrite() throws IOException {
        return WriteJournal.in(path).read();
    }

    private Path fileOf(String name) {
        Path known = listed.get(name);
        return known != null ? known : FileNames.resolve(path, name);
    }

    /** The size of a regular file (following a symbolic link), or an error that says what the entry is instead. */
    private static long regularFileSize(Path file, String name) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        }
        catch (NoSuchFileException ex) {
            if (Files.isSymbolicLink(file)) {
                throw new IOException(name + " is a symbolic link to " + Files.readSymbolicLink(file)
                        + ", which does not exist; restore its target or remove the link", ex);
            }
            throw ex;
        }
        if (attributes.isDirectory()) {
            throw new IOException(name + " is a folder; a migration directory holds its .sql files at the top level "
                    + "only, so rename the folder");
        }
        if (!attributes.isRegularFile()) {
            throw new IOException(name + " is not a regular file (a device, FIFO or socket" + (Files.isSymbolicLink(file)
                    ? ", reached through a symbolic link" : "") + "); only regular files can be migrations, so remove "
                    + "it from the directory");
        }
        return attributes.size();
    }

    private static String tooLarge(String name, long size) {
        return name + " is " + (size < 0 ? "more than " + MAX_FILE_BYTES / (1024 * 1024) : size / (1024 * 1024))
                + " MB; a migration file may hold at most " + MAX_FILE_BYTES / (1024 * 1024)
                + " MB (Liquibase and Flyway read each file whole), so split it or load bulk data another way";
    }

    private void requireDirectory() {
        if (Files.isRegularFile(path)) {
            throw new MigrationDirectoryException("The migration directory " + path + " is a file, not a directory.",
                    "Point the migration directory setting at the folder that holds the .sql files and atlas.sum.");
        }
        if (!Files.isDirectory(path)) {
            throw new MigrationDirectoryException("The migration directory " + path + " does not exist.",
                    "Create it (an empty directory is valid), or point the migration directory setting at the "
                            + "folder that holds the .sql files and atlas.sum.");
        }
    }

}
