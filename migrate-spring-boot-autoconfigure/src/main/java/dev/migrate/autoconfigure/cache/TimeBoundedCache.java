package dev.migrate.autoconfigure.cache;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the reports (endpoint, health, metrics) compute from the database, time-bounded: a result is kept for a time
 * to live; at most one computation runs at a time, on a daemon thread of its own; a caller waits only until its own
 * deadline and then gets an {@code UNKNOWN} value saying why; a computation that runs past its budget is abandoned
 * (interrupted, its late result ignored) and {@code UNKNOWN} with the reason is the answer until the time to live
 * ends and a new computation succeeds. Computations stuck on a hung socket cannot be killed, so when a few of them are
 * still stuck no new one is started: a hanging database costs a bounded number of threads.
 *
 * @param <T> the computed value
 */
public final class TimeBoundedCache<T> {

    private static final Logger logger = LoggerFactory.getLogger(TimeBoundedCache.class);

    /** Abandoned computations allowed to hang at once before no new one is started. */
    static final int MAX_STUCK = 3;

    private final String name;

    private final Supplier<T> computation;

    private final Function<String, T> unknown;

    private final long budgetNanos;

    private final long ttlNanos;

    private final LongSupplier clock;

    private Cached<T> cached;

    private Running<T> running;

    private final List<Thread> stuck = new ArrayList<>();

    /**
     * @param name what is computed, for thread names and messages (e.g. {@code drift})
     * @param computation computes the value; it may block, it must not throw
     * @param unknown the value that says the result is unknown, and why
     * @param budget how long a computation may run before it is abandoned
     * @param ttl how long a result is kept
     */
    public TimeBoundedCache(String name, Supplier<T> computation, Function<String, T> unknown, Duration budget,
            Duration ttl) {
        this(name, computation, unknown, budget, ttl, System::nanoTime);
    }

    /** As above, on the given clock (nanoseconds), so tests can move time. */
    public TimeBoundedCache(String name, Supplier<T> computation, Function<String, T> unknown, Duration budget,
            Duration ttl, LongSupplier clock) {
        this.name = name;
        this.computation = computation;
        this.unknown = unknown;
        this.budgetNanos = budget.toNanos();
        this.ttlNanos = ttl.toNanos();
        this.clock = clock;
    }

    /** A deadline {@code timeout} from now, on this cache's clock, for {@link #get(long)}. */
    public long deadlineIn(Duration timeout) {
        return this.clock.getAsLong() + timeout.toNanos();
    }

    /** The value, waiting at most until the deadline. */
    public T get(long deadlineNanos) {
        CompletableFuture<T> value = request();
        long wait = deadlineNanos - this.clock.getAsLong();
        try {
            return value.isDone() ? value.get() : value.get(Math.max(0, wait), TimeUnit.NANOSECONDS);
        }
        catch (TimeoutException ex) {
            T late = abandonIfOverrun();
            return (late != null) ? late : this.unknown.apply("no answer within " + millis(Math.max(0, wait))
                    + " ms; the " + this.name + " is still being computed");
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return this.unknown.apply("interrupted");
        }
        catch (ExecutionException ex) {
            return this.unknown.apply(String.valueOf(ex.getCause()));
        }
    }

    /**
     * Starts a computation unless a fresh value or a computation in progress exists; callers asking for several
     * values start them all first and then wait, so they are computed side by side.
     */
    public synchronized CompletableFuture<T> request() {
        long now = this.clock.getAsLong();
        if (this.cached != null && now - this.cached.at() < this.ttlNanos) {
            return CompletableFuture.completedFuture(this.cached.value());
        }
        if (this.running != null) {
            T abandoned = abandonIfOverrun();
            return (abandoned != null) ? CompletableFuture.completedFuture(abandoned) : this.running.future();
        }
        this.stuck.removeIf((thread) -> !thread.isAlive());
        if (this.stuck.size() >= MAX_STUCK) {
            T refused = this.unknown.apply(this.stuck.size() + " earlier computations of the " + this.name
                    + " are still waiting for the database; no new one starts until they end");
            this.cached = new Cached<>(refused, now);
            return CompletableFuture.completedFuture(refused);
        }
        return start(now).future();
    }

    /** Forgets the cached value, so the next caller computes it again. */
    public synchronized void invalidate() {
        this.cached = null;
    }

    private Running<T> start(long now) {
        CompletableFuture<T> future = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                future.complete(this.computation.get());
            }
            catch (RuntimeException | Error ex) {
                future.complete(this.unknown.apply(String.valueOf(ex.getMessage())));
            }
        }, "migrate-" + this.name.replace(' ', '-'));
        thread.setDaemon(true);
        Running<T> started = new Running<>(future, thread, now);
        this.running = started;
        future.thenAccept((value) -> finished(started, value));
        thread.start();
        return started;
    }

    private synchronized void finished(Running<T> computation, T value) {
        if (this.running == computation) {
            this.running = null;
            this.cached = new Cached<>(value, this.clock.getAsLong());
        }
    }

    /** Abandons the running computation when it has run past its budget; returns the value that says so. */
    private synchronized T abandonIfOverrun() {
        Running<T> current = this.running;
        long now = this.clock.getAsLong();
        if (current == null || current.future().isDone() || now - current.startedAt() < this.budgetNanos) {
            return null;
        }
        this.running = null;
        current.thread().interrupt();
        this.stuck.add(current.thread());
        T abandoned = this.unknown.apply("the " + this.name + " took longer than " + millis(this.budgetNanos)
                + " ms and was abandoned; it is computed again in " + millis(this.ttlNanos) + " ms");
        this.cached = new Cached<>(abandoned, now);
        logger.warn("Abandoned computing the {} after {} ms; the database does not answer", this.name,
                millis(this.budgetNanos));
        return abandoned;
    }

    private static long millis(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }

    private record Cached<T>(T value, long at) {
    }

    private record Running<T>(CompletableFuture<T> future, Thread thread, long startedAt) {
    }

}
