package dev.migrate.autoconfigure.cache;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cache every report goes through: time to live, one computation at a time, a caller's own deadline, and a
 * computation that overruns its budget abandoned with the reason until a new one succeeds.
 */
class TimeBoundedCacheTests {

    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void releaseHangingComputations() {
        this.release.countDown();
    }

    @Test
    void keepsAResultForItsTimeToLive() {
        AtomicInteger computations = new AtomicInteger();
        AtomicLong now = new AtomicLong();
        TimeBoundedCache<String> cache = new TimeBoundedCache<>("answer", () -> "v" + computations.incrementAndGet(),
                (reason) -> "unknown: " + reason, Duration.ofSeconds(1), Duration.ofSeconds(5), now::get);

        assertThat(cache.get(cache.deadlineIn(Duration.ofSeconds(1)))).isEqualTo("v1");
        now.addAndGet(Duration.ofSeconds(4).toNanos());
        assertThat(cache.get(cache.deadlineIn(Duration.ofSeconds(1)))).isEqualTo("v1");
        now.addAndGet(Duration.ofSeconds(2).toNanos());
        assertThat(cache.get(cache.deadlineIn(Duration.ofSeconds(1)))).isEqualTo("v2");
    }

    @Test
    void callersJoinTheOneComputationInProgressAndWaitOnlyUntilTheirDeadline() throws InterruptedException {
        AtomicInteger computations = new AtomicInteger();
        TimeBoundedCache<String> cache = new TimeBoundedCache<>("answer", () -> {
            computations.incrementAndGet();
            await(this.release);
            return "late";
        }, (reason) -> "unknown: " + reason, Duration.ofSeconds(30), Duration.ofSeconds(30));

        long start = System.nanoTime();
        String first = cache.get(cache.deadlineIn(Duration.ofMillis(150)));
        String second = cache.get(cache.deadlineIn(Duration.ofMillis(150)));
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(first).startsWith("unknown: no answer within").contains("still being computed");
        assertThat(second).startsWith("unknown: no answer within");
        assertThat(millis).isLessThan(5_000);
        assertThat(computations).hasValue(1);
        this.release.countDown();
        Thread.sleep(100);
        assertThat(cache.get(cache.deadlineIn(Duration.ofMillis(150)))).isEqualTo("late");
    }

    @Test
    void aComputationPastItsBudgetIsAbandonedAndUnknownUntilANewOneSucceeds() throws InterruptedException {
        AtomicInteger computations = new AtomicInteger();
        TimeBoundedCache<String> cache = new TimeBoundedCache<>("drift", () -> {
            if (computations.incrementAndGet() == 1) {
                await(this.release); // the first one hangs
            }
            return "fresh";
        }, (reason) -> "unknown: " + reason, Duration.ofMillis(100), Duration.ofMillis(300));

        String abandoned = cache.get(cache.deadlineIn(Duration.ofMillis(150)));
        String meanwhile = cache.get(cache.deadlineIn(Duration.ofMillis(150)));

        assertThat(abandoned).isEqualTo("unknown: the drift took longer than 100 ms and was abandoned; it is computed "
                + "again in 300 ms");
        assertThat(meanwhile).isEqualTo(abandoned);
        this.release.countDown(); // the abandoned one ends now: its late result is ignored
        Thread.sleep(400);
        assertThat(cache.get(cache.deadlineIn(Duration.ofSeconds(5)))).isEqualTo("fresh");
        assertThat(computations).hasValue(2);
    }

    @Test
    void stopsStartingComputationsWhileSeveralAreStuck() throws InterruptedException {
        AtomicInteger computations = new AtomicInteger();
        TimeBoundedCache<String> cache = new TimeBoundedCache<>("database state", () -> {
            computations.incrementAndGet();
            awaitUninterruptibly(this.release); // a socket read that ignores interrupts
            return "never";
        }, (reason) -> "unknown: " + reason, Duration.ofMillis(50), Duration.ofMillis(1));

        for (int i = 0; i < 10; i++) {
            cache.get(cache.deadlineIn(Duration.ofMillis(60)));
            Thread.sleep(5);
        }

        assertThat(computations).hasValue(TimeBoundedCache.MAX_STUCK);
        assertThat(cache.get(cache.deadlineIn(Duration.ofMillis(60)))).contains("still waiting for the database");
    }

    @Test
    void aFailingComputationIsUnknownWithItsMessage() {
        TimeBoundedCache<String> cache = new TimeBoundedCache<>("drift", () -> {
            throw new IllegalStateException("Connection refused");
        }, (reason) -> "unknown: " + reason, Duration.ofSeconds(1), Duration.ofSeconds(1));

        assertThat(cache.get(cache.deadlineIn(Duration.ofSeconds(1)))).isEqualTo("unknown: Connection refused");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        while (latch.getCount() > 0) {
            try {
                latch.await();
            }
            catch (InterruptedException ex) {
                // keeps waiting, as a blocked socket read does
            }
        }
    }

}
