package dev.migrate.autoconfigure.metrics;

import java.util.function.ToDoubleFunction;

import dev.migrate.autoconfigure.status.MigrationStatus;
import dev.migrate.autoconfigure.status.MigrationStatusService;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * Gauges {@code migrate.migrations.applied} and {@code migrate.migrations.pending}, read from the cached status (NaN
 * while the database is unavailable).
 */
public class MigrationsMeterBinder implements MeterBinder {

    private final MigrationStatusService statusService;

    public MigrationsMeterBinder(MigrationStatusService statusService) {
        this.statusService = statusService;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        gauge(registry, "migrate.migrations.applied", "Migrations of the directory that the database has applied",
                MigrationStatus::applied);
        gauge(registry, "migrate.migrations.pending", "Migrations of the directory that the database has not applied",
                MigrationStatus::pending);
    }

    private void gauge(MeterRegistry registry, String name, String description,
            ToDoubleFunction<MigrationStatus> value) {
        Gauge.builder(name, this.statusService, (service) -> {
            MigrationStatus status = service.current();
            return status.database().available() ? value.applyAsDouble(status) : Double.NaN;
        }).description(description).baseUnit("migrations").register(registry);
    }

}
