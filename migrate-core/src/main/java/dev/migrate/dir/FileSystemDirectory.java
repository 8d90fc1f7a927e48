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
            // The name test first: it is free, while the file test costs a system call per entry.
            return children.filter(child -> child.getFileName().toString().endsWith(".sql"))
                .filter(Files::isRegularFile)
                .map(child -> child.getFileName().toString())
                .sorted(FileNameOrder.BYTEWISE)
                .toList();
        }
    }

    @Override
    public byte[] read(String name) throws IOException {
        return Files.readAllBytes(path.resolve(name));
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
