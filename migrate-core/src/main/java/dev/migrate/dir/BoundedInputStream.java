package dev.migrate.dir;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

/** Fails once more than a limit has been read: a file that grows while it is read cannot exhaust memory. */
final class BoundedInputStream extends FilterInputStream {

    private final long limit;
    private final Supplier<String> message;
    private long read;

    BoundedInputStream(InputStream in, long limit, Supplier<String> message) {
        super(in);
        this.limit = limit;
        this.message = message;
    }

    @Override
    public int read() throws IOException {
        int next = super.read();
        if (next >= 0) {
            count(1);
        }
        return next;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int count = super.read(buffer, offset, length);
        if (count > 0) {
            count(count);
        }
        return count;
    }

    private void count(int bytes) throws IOException {
        read += bytes;
        if (read > limit) {
            throw new IOException(message.get());
        }
    }

}
