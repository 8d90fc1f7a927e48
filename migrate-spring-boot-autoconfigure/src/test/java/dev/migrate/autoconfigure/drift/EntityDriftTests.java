package dev.migrate.autoconfigure.drift;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The drift never makes a report wait for a database that hangs, and does not pile up computations.
 */
class EntityDriftTests {

    @Test
    void aHangingDatabaseIsUnknownWithinTheTimeoutAndIsAskedOnlyOnce() {
        AtomicInteger connections = new AtomicInteger();
        DataSource hanging = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] { DataSource.class }, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        connections.incrementAndGet();
                        Thread.sleep(10_000);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        CachedDrift drift = new CachedDrift(new EntityDrift((dialect) -> List.of(), hanging, () -> hanging),
                Duration.ofMillis(200), Duration.ofSeconds(30));

        long start = System.nanoTime();
        DriftReport first = drift.get(System.nanoTime() + Duration.ofMillis(200).toNanos());
        DriftReport second = drift.get(System.nanoTime() + Duration.ofMillis(200).toNanos());
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(first.status()).isEqualTo(DriftReport.Status.UNKNOWN);
        assertThat(first.reason()).contains("took longer than 200 ms");
        assertThat(second.status()).isEqualTo(DriftReport.Status.UNKNOWN);
        assertThat(millis).isLessThan(2_000);
        assertThat(connections).hasValue(1);
    }

    @Test
    void anUnreachableDatabaseIsUnknownWithTheReason() {
        DataSource failing = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] { DataSource.class }, (proxy, method, args) -> {
                    throw new java.sql.SQLException("Connection refused");
                });
        DriftReport report = new EntityDrift((dialect) -> List.of(), failing, () -> failing).compute();
        assertThat(report.status()).isEqualTo(DriftReport.Status.UNKNOWN);
        assertThat(report.reason()).contains("Connection refused");
    }

}
