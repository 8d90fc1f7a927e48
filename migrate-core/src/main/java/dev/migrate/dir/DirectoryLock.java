package dev.migrate.dir;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Serializes writers of one directory, across threads and across processes: a JVM-wide lock (file locks are held per
 * process) and an OS file lock, which the OS releases when a process dies, so a crash never leaves a stale lock. The
 * lock file lives in the temporary directory, keeping the migration directory free of tool files.
 */
final class DirectoryLock implements AutoCloseable {

    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final ReentrantLock threadLock;
    private final FileChannel channel;
    private final FileLock fileLock;

    private DirectoryLock(ReentrantLock threadLock, FileChannel channel, FileLock fileLock) {
        this.threadLock = threadLock;
        this.channel = channel;
        this.fileLock = fileLock;
    }

    static DirectoryLock acquire(Path directory, Duration timeout) throws IOException {
        Path key = directory.toRealPath();
        ReentrantLock threadLock = IN_PROCESS.computeIfAbsent(key, ignored -> new ReentrantLock());
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            if (!threadLock.tryLock(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
                throw busy(directory, timeout);
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting to write " + directory, ex);
        }
        try {
            FileChannel channel = FileChannel.open(lockFileFor(key), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock fileLock = waitForFileLock(channel, deadline);
            if (fileLock == null) {
                channel.close();
                throw busy(directory, timeout);
            }
            return new DirectoryLock(threadLock, channel, fileLock);
        }
        catch (IOException | RuntimeException ex) {
            threadLock.unlock();
            throw ex;
        }
    }

    private static FileLock waitForFileLock(FileChannel channel, long deadline) throws IOException {
        while (true) {
            FileLock lock = channel.tryLock();
            if (lock != null || System.nanoTime() > deadline) {
                return lock;
            }
            try {
                Thread.sleep(20);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
    }

    static Path lockFileFor(Path realDirectory) {
        byte[] digest = Sha256.newDigest().digest(realDirectory.toString().getBytes(StandardCharsets.UTF_8));
        String id = HexFormat.of().formatHex(digest, 0, 8);
        return Path.of(System.getProperty("java.io.tmpdir"), "migrate-dir-" + id + ".lock");
    }

    private static MigrationDirectoryException busy(Path directory, Duration timeout) {
        return new MigrationDirectoryException("Another process kept writing to " + directory + " for more than "
                + timeout.toSeconds() + " s.", "Wait for the other migrate command to finish, then run this again.");
    }

    @Override
    public void close() throws IOException {
        try {
            fileLock.release();
            channel.close();
        }
        finally {
            threadLock.unlock();
        }
    }

}
