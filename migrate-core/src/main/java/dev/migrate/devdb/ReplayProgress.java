package dev.migrate.devdb;

import java.time.Duration;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Progress of a long replay, logged every {@link #EVERY_FILES} files or {@link #EVERY} of time, whichever comes
 * first, so a slow directory shows it is moving; short replays stay quiet.
 */
final class ReplayProgress {

    static final int EVERY_FILES = 50;

    static final Duration EVERY = Duration.ofSeconds(5);

    private static final Logger log = LoggerFactory.getLogger(ReplayProgress.class);

    private final String location;
    private final String schema;
    private final int totalFiles;
    private final LongSupplier nanoTime;
    private final long start;
    private long lastLog;
    private int filesSinceLog;
    private boolean logged;

    ReplayProgress(String location, String schema, int totalFiles, LongSupplier nanoTime) {
        this.location = location;
        this.schema = schema;
        this.totalFiles = totalFiles;
        this.nanoTime = nanoTime;
        this.start = nanoTime.getAsLong();
        this.lastLog = start;
    }

    /** Notes a finished file; returns whether a progress line was logged for it. */
    boolean fileDone(int filesDone, int statements) {
        filesSinceLog++;
        long now = nanoTime.getAsLong();
        if (filesDone >= totalFiles || (filesSinceLog < EVERY_FILES && now - lastLog < EVERY.toNanos())) {
            return false;
        }
        log.info("Replaying {} into {}: {}/{} files, {} statements, {}", location, schema, filesDone, totalFiles,
                statements, seconds(now - start));
        lastLog = now;
        filesSinceLog = 0;
        logged = true;
        return true;
    }

    ReplayReport finished(int files, int statements) {
        Duration elapsed = Duration.ofNanos(nanoTime.getAsLong() - start);
        if (logged) {
            log.info("Replayed {} into {}: {} files, {} statements, {}", location, schema, files, statements,
                    seconds(elapsed.toNanos()));
        }
        else {
            log.debug("Replayed {} into {}: {} files, {} statements, {}", location, schema, files, statements,
                    seconds(elapsed.toNanos()));
        }
        return new ReplayReport(files, statements, elapsed);
    }

    private static String seconds(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f s", nanos / 1e9);
    }

}
