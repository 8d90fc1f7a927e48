package dev.migrate.autoconfigure.metrics;

import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.autoconfigure.status.MigrationStatusService;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * Micrometer gauges for applied and pending migrations.
 */
@AutoConfiguration(after = MigrateAutoConfiguration.class)
@ConditionalOnClass(MeterBinder.class)
@ConditionalOnBean(MigrationStatusService.class)
public final class MigrationsMetricsAutoConfiguration {

    @Bean
    MigrationsMeterBinder migrationsMeterBinder(MigrationStatusService statusService) {
        return new MigrationsMeterBinder(statusService);
    }

}
