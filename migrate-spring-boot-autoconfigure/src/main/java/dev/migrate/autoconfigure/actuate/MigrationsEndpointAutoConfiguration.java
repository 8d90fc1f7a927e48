package dev.migrate.autoconfigure.actuate;

import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.autoconfigure.status.MigrationStatusService;

import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The {@code migrations} actuator endpoint, when it is available under the usual {@code management.endpoints.*}
 * exposure and access rules.
 */
@AutoConfiguration(after = MigrateAutoConfiguration.class)
@ConditionalOnClass(Endpoint.class)
@ConditionalOnBean(MigrationStatusService.class)
@ConditionalOnAvailableEndpoint(MigrationsEndpoint.class)
@EnableConfigurationProperties(MigrationsEndpointProperties.class)
public final class MigrationsEndpointAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    MigrationsEndpoint migrationsEndpoint(MigrationStatusService statusService,
            MigrationsEndpointProperties properties) {
        return new MigrationsEndpoint(statusService, properties.getShowSql(), properties.getRoles());
    }

}
