package dev.migrate.dir;

import java.util.List;
import java.util.Optional;

/** A class path location with nothing at it. */
final class MissingDirectory implements MigrationDirectory {

    private final String location;

    MissingDirectory(String location) {
        this.location = location;
    }

    @Override
    public String location() {
        return location;
    }

    @Override
    public boolean exists() {
        return false;
    }

    @Override
    public List<String> sqlFileNames() {
        throw missing();
    }

    @Override
    public byte[] read(String name) {
        throw missing();
    }

    @Override
    public Optional<byte[]> readSumFile() {
        throw missing();
    }

    @Override
    public long sumFileSize() {
        return -1;
    }

    private MigrationDirectoryException missing() {
        return new MigrationDirectoryException("The migration directory " + location + " is not on the class path.",
                "Create src/main/resources/" + location.substring("classpath:".length())
                        + " (an empty directory is valid), or point the directory setting at the right location.");
    }

}
