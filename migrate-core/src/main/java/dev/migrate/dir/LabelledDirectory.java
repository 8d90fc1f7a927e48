package dev.migrate.dir;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** A directory that reports the location a person configured ({@code classpath:...}) rather than where it resolved. */
final class LabelledDirectory implements MigrationDirectory {

    private final MigrationDirectory delegate;
    private final String location;

    LabelledDirectory(MigrationDirectory delegate, String location) {
        this.delegate = delegate;
        this.location = location;
    }

    @Override
    public String location() {
        return location;
    }

    @Override
    public boolean exists() {
        return delegate.exists();
    }

    @Override
    public List<String> sqlFileNames() throws IOException {
        return delegate.sqlFileNames();
    }

    @Override
    public byte[] read(String name) throws IOException {
        return delegate.read(name);
    }

    @Override
    public Optional<byte[]> readSumFile() throws IOException {
        return delegate.readSumFile();
    }

    @Override
    public long sumFileSize() throws IOException {
        return delegate.sumFileSize();
    }

    @Override
    public Optional<InterruptedWrite> interruptedWrite() throws IOException {
        return delegate.interruptedWrite();
    }

}
