package dev.migrate.autoconfigure.drift;

import java.time.Duration;

import dev.migrate.autoconfigure.cache.TimeBoundedCache;

/**
 * The drift as reports see it, through a {@link TimeBoundedCache}: kept for {@code migrate.drift.cache-ttl}, one
 * comparison at a time, a comparison that runs past {@code migrate.drift.timeout} is abandoned and the drift is
 * {@code UNKNOWN} with that reason until a new one succeeds.
 */
public class CachedDrift {

    private final TimeBoundedCache<DriftReport> cache;

    public CachedDrift(EntityDrift drift, Duration timeout, Duration ttl) {
        this.cache = new TimeBoundedCache<>("drift", drift::compute, DriftReport::unknown, timeout, ttl);
    }

    /** Starts comparing unless a fresh result or a comparison in progress exists, without waiting. */
    public void request() {
        this.cache.request();
    }

    /** The drift, waiting at most until the deadline (a {@link System#nanoTime()} value). */
    public DriftReport get(long deadlineNanos) {
        return this.cache.get(deadlineNanos);
    }

}
