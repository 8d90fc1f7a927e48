package dev.migrate.autoconfigure.database;

import java.time.Duration;
import java.util.function.LongSupplier;

import dev.migrate.autoconfigure.cache.TimeBoundedCache;

/**
 * The database state as reports see it, through a {@link TimeBoundedCache}: cached for
 * {@code migrate.database.cache-ttl}, read by one thread at a time, never waited for longer than
 * {@code migrate.database.timeout}, and a read that overruns that timeout is abandoned, so a database that is down or
 * hanging makes reports say UNAVAILABLE quickly instead of blocking them.
 */
public class CachedDatabaseState {

    private final TimeBoundedCache<DatabaseState> cache;

    private final Duration timeout;

    public CachedDatabaseState(DatabaseStateReader reader, Duration timeout, Duration ttl) {
        this(reader, timeout, ttl, System::nanoTime);
    }

    CachedDatabaseState(DatabaseStateReader reader, Duration timeout, Duration ttl, LongSupplier clock) {
        this.timeout = timeout;
        this.cache = new TimeBoundedCache<>("database state", reader::read,
                (reason) -> DatabaseState.unavailable(reader.executor(), reason), timeout, ttl, clock);
    }

    /** The state, waiting at most {@code migrate.database.timeout}. */
    public DatabaseState get() {
        return get(this.cache.deadlineIn(this.timeout));
    }

    /** The state, waiting at most until the deadline (a {@link System#nanoTime()} value). */
    public DatabaseState get(long deadlineNanos) {
        return this.cache.get(deadlineNanos);
    }

    /** Starts reading the state unless it is cached or being read, without waiting. */
    public void request() {
        this.cache.request();
    }

    /** Forgets the cached state, so the next report reads the database again. */
    public void invalidate() {
        this.cache.invalidate();
    }

}
