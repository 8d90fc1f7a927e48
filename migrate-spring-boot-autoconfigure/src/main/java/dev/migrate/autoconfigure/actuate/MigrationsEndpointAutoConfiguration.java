package dev.migrate.autoconfigure.actuate;

import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.autoconfigure.MigrateProperties;
import dev.migrate.autoconfigure.drift.CachedDrift;
import dev.migrate.autoconfigure.entities.MigrateEntitiesAutoConfiguration;
import dev.migrate.autoconfigure.status.MigrationStatusService;

import org.springframework.beans.factory.ObjectProvider;
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
@AutoConfiguration(after = { MigrateAutoConfiguration.class, MigrateEntitiesAutoConfiguration.class })
@ConditionalOnClass(Endpoint.class)
@ConditionalOnBean(MigrationStatusService.class)
@ConditionalOnAvailableEndpoint(MigrationsEndpoint.class)
@EnableConfigurationProperties(MigrationsEndpointProperties.class)
public final class MigrationsEndpointAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    MigrationsEndpoint migrationsEndpoint(MigrationStatusService statusService,
            MigrationsEndpointProperties properties, ObjectProvider<CachedDrift> drift,
            MigrateProperties migrateProperties) {
        return new MigrationsEndpoint(statusService, properties.getShowSql(), properties.getRoles(),
                drift.getIfAvailable(), migrateProperties.getDatabase().getTimeout());
    }

}
