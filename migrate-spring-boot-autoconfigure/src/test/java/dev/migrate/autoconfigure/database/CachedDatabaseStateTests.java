package dev.migrate.autoconfigure.database;

import java.sql.Connection;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.AbstractDataSource;

import static org.assertj.core.api.Assertions.assertThat;

class CachedDatabaseStateTests {

    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void releaseHangingReads() {
        this.release.countDown();
    }

    @Test
    void readsOnceWithinTheTimeToLive() {
        AtomicInteger reads = new AtomicInteger();
        AtomicLong now = new AtomicLong();
        CachedDatabaseState state = new CachedDatabaseState(reader(reads, false), Duration.ofSeconds(1),
                Duration.ofSeconds(5), now::get);
        assertThat(state.get().appliedFileNames()).containsExactly("1_a.sql");
        now.addAndGet(Duration.ofSeconds(4).toNanos());
        state.get();
        assertThat(reads).hasValue(1);
        now.addAndGet(Duration.ofSeconds(2).toNanos());
        state.get();
        assertThat(reads).hasValue(2);
    }

    @Test
    void answersUnavailableWithinTheTimeoutWhenTheDatabaseHangs() {
        AtomicInteger reads = new AtomicInteger();
        CachedDatabaseState state = new CachedDatabaseState(reader(reads, true), Duration.ofMillis(200),
                Duration.ofMinutes(1));
        long start = System.nanoTime();
        DatabaseState first = state.get();
        DatabaseState second = state.get();
        long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertThat(first.available()).isFalse();
        assertThat(first.error()).contains("200 ms");
        assertThat(second.available()).isFalse();
        assertThat(elapsedMillis).isLessThan(1500);
        // The hanging read was abandoned: its UNAVAILABLE stands for the time to live, nothing else piles up.
        assertThat(reads).hasValue(1);
    }

    @Test
    void reportsTheStateOnceTheDatabaseAnswersAgain() throws InterruptedException {
        AtomicInteger reads = new AtomicInteger();
        CachedDatabaseState state = new CachedDatabaseState(reader(reads, true), Duration.ofMillis(100),
                Duration.ofMillis(300));
        DatabaseState hung = state.get();
        assertThat(hung.available()).isFalse();
        assertThat(hung.error()).contains("abandoned");
        this.release.countDown();
        Thread.sleep(400);
        assertThat(state.get().available()).isTrue();
        assertThat(reads).hasValue(2);
    }

    private DatabaseStateReader reader(AtomicInteger reads, boolean hang) {
        AppliedMigrationsReader history = new AppliedMigrationsReader() {

            @Override
            public String executor() {
                return "liquibase";
            }

            @Override
            public Set<String> appliedFileNames(Connection connection, int timeout) {
                return Set.of("1_a.sql");
            }

        };
        return new DatabaseStateReader(new StubDataSource(reads, hang ? this.release : null), history,
                Duration.ofSeconds(1));
    }

    /** Hands out a null connection (the history reader above ignores it), after waiting on a latch if given one. */
    private static final class StubDataSource extends AbstractDataSource {

        private final AtomicInteger connections;

        private final CountDownLatch latch;

        StubDataSource(AtomicInteger connections, CountDownLatch latch) {
            this.connections = connections;
            this.latch = latch;
        }

        @Override
        public Connection getConnection() {
            this.connections.incrementAndGet();
            if (this.latch != null) {
                try {
                    this.latch.await();
                }
                catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                }
            }
            return null;
        }

        @Override
        public Connection getConnection(String username, String password) {
            return getConnection();
        }

    }

}
