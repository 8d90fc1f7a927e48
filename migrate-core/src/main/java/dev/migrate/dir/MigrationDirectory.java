package dev.migrate.dir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A migration directory as Atlas sees it: its top-level {@code *.sql} files and its {@code atlas.sum}. Read-only;
 * {@link MigrationWriter} is the only thing that changes a directory.
 */
public interface MigrationDirectory {

    /** Name of the integrity file, as Atlas names it. */
    String SUM_FILE_NAME = "atlas.sum";

    /** The largest file read: Liquibase and Flyway read each migration whole, so larger ones are refused by name. */
    long MAX_FILE_BYTES = 256L * 1024 * 1024;

    /** Where the directory is, for people: a file system path or {@code classpath:...}. */
    String location();

    /** Whether the directory exists at all. */
    boolean exists();

    /** Top-level {@code *.sql} file names in byte-wise order: the files {@code atlas.sum} covers. */
    List<String> sqlFileNames() throws IOException;

    /** The raw bytes of one file of the directory. */
    byte[] read(String name) throws IOException;

    /** The bytes of one file as a stream, so a hash needs no more memory than a buffer. */
    default InputStream open(String name) throws IOException {
        return new ByteArrayInputStream(read(name));
    }

    /** Temporary files an interrupted write left behind (they never join the sum); empty when none. */
    default List<String> leftovers() throws IOException {
        return List.of();
    }

    /** The raw bytes of {@code atlas.sum}, or empty when the directory has none. */
    Optional<byte[]> readSumFile() throws IOException;

    /** Size of {@code atlas.sum} in bytes, or -1 when absent; lets a reader refuse an absurd file before reading it. */
    long sumFileSize() throws IOException;

    /** Files a previous write left behind when it was interrupted; empty when none or when unknowable. */
    default Optional<InterruptedWrite> interruptedWrite() throws IOException {
        return Optional.empty();
    }

    static MigrationDirectory ofPath(Path path) {
        return new FileSystemDirectory(path);
    }

    /**
     * A directory on the class path, given as {@code db/migrations} or {@code classpath:db/migrations}; found in a
     * folder or inside a jar.
     */
    static MigrationDirectory ofClasspath(String location, ClassLoader classLoader) {
        return ClasspathDirectoryLocator.locate(location, classLoader);
    }

}
