package dev.migrate.autoconfigure.database;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;

/**
 * The database state as reports see it: cached for a short time so repeated calls are cheap, read by at most one
 * thread at a time, and never waited for longer than the timeout, so a database that is down or hanging makes a
 * report say UNAVAILABLE quickly instead of blocking it.
 */
public class CachedDatabaseState {

    private final DatabaseStateReader reader;

    private final long timeoutNanos;

    private final long ttlNanos;

    private final LongSupplier clock;

    private final Executor executor;

    private volatile Entry cached;

    private CompletableFuture<DatabaseState> inFlight;

    public CachedDatabaseState(DatabaseStateReader reader, Duration timeout, Duration ttl) {
        this(reader, timeout, ttl, System::nanoTime, CachedDatabaseState::startDaemon);
    }

    CachedDatabaseState(DatabaseStateReader reader, Duration timeout, Duration ttl, LongSupplier clock,
            Executor executor) {
        this.reader = reader;
        this.timeoutNanos = timeout.toNanos();
        this.ttlNanos = ttl.toNanos();
        this.clock = clock;
        this.executor = executor;
    }

    public DatabaseState get() {
        Entry entry = this.cached;
        if (entry != null && this.clock.getAsLong() - entry.readAt() < this.ttlNanos) {
            return entry.state();
        }
        CompletableFuture<DatabaseState> read = startOrJoinRead();
        try {
            return read.get(this.timeoutNanos, TimeUnit.NANOSECONDS);
        }
        catch (TimeoutException ex) {
            DatabaseState unavailable = DatabaseState.unavailable(this.reader.executor(),
                    "no answer from the database within " + Duration.ofNanos(this.timeoutNanos).toMillis() + " ms");
            // Keep answering quickly while the slow read is still running.
            this.cached = new Entry(unavailable, this.clock.getAsLong());
            return unavailable;
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return DatabaseState.unavailable(this.reader.executor(), "interrupted");
        }
        catch (ExecutionException ex) {
            return DatabaseState.unavailable(this.reader.executor(), String.valueOf(ex.getCause()));
        }
    }

    /** Forgets the cached state, so the next report reads the database again. */
    public void invalidate() {
        this.cached = null;
    }

    private synchronized CompletableFuture<DatabaseState> startOrJoinRead() {
        CompletableFuture<DatabaseState> read = this.inFlight;
        if (read == null) {
            read = CompletableFuture.supplyAsync(this.reader::read, this.executor);
            this.inFlight = read;
            CompletableFuture<DatabaseState> started = read;
            read.whenComplete((state, failure) -> finished(started, state));
        }
        return read;
    }

    private synchronized void finished(CompletableFuture<DatabaseState> read, DatabaseState state) {
        if (this.inFlight == read) {
            this.inFlight = null;
        }
        if (state != null) {
            this.cached = new Entry(state, this.clock.getAsLong());
        }
    }

    private static void startDaemon(Runnable task) {
        Thread thread = new Thread(task, "migrate-database-state");
        thread.setDaemon(true);
        thread.start();
    }

    private record Entry(DatabaseState state, long readAt) {
    }

}
