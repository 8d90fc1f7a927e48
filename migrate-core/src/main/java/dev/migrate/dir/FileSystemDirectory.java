package dev.migrate.dir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** A migration directory on the file system. */
final class FileSystemDirectory implements MigrationDirectory {

    private final Path path;
    private final String location;

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
        try (Stream<Path> children = Files.list(path)) {
            // Like Atlas, every *.sql entry is a migration; no per-entry stat (a folder named *.sql fails its read).
            return children.map(child -> child.getFileName().toString())
                .filter(name -> name.endsWith(".sql"))
                .sorted(FileNameOrder.BYTEWISE)
                .toList();
        }
    }

    @Override
    public byte[] read(String name) throws IOException {
        Path file = path.resolve(name);
        try {
            return Files.readAllBytes(file);
        }
        catch (IOException ex) {
            if (Files.isDirectory(file)) {
                throw new IOException(name + " is a folder; a migration directory holds its .sql files at the top "
                        + "level only, so rename the folder", ex);
            }
            throw ex;
        }
    }

    @Override
    public Optional<byte[]> readSumFile() throws IOException {
        requireDirectory();
        Path sum = path.resolve(SUM_FILE_NAME);
        return Files.exists(sum) ? Optional.of(Files.readAllBytes(sum)) : Optional.empty();
    }

    @Override
    public long sumFileSize() throws IOException {
        Path sum = path.resolve(SUM_FILE_NAME);
        return Files.exists(sum) ? Files.size(sum) : -1;
    }

    @Override
    public Optional<InterruptedWrite> interruptedWrite() throws IOException {
        return WriteJournal.in(path).read();
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
