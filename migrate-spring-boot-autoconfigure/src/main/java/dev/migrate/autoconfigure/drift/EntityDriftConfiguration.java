package dev.migrate.autoconfigure.drift;

import javax.sql.DataSource;

import dev.migrate.autoconfigure.MigrateProperties;
import dev.migrate.autoconfigure.entities.ApplicationEntities;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The drift between the entities and the live database, for {@code /actuator/migrations}. The desired schema is
 * built where {@link DriftDevDatabase} says: never committed to, or created in, a live database.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBean(DataSource.class)
@ConditionalOnBooleanProperty(name = "migrate.drift.enabled", matchIfMissing = true)
public class EntityDriftConfiguration {

    @Bean
    @ConditionalOnMissingBean
    EntityDrift migrateEntityDrift(ApplicationEntities entities, DataSource dataSource, MigrateProperties properties) {
        return new EntityDrift(entities::createScript, dataSource,
                () -> DriftDevDatabase.resolve(properties.getDev(), dataSource));
    }

    @Bean
    @ConditionalOnMissingBean
    CachedDrift migrateCachedDrift(EntityDrift drift, MigrateProperties properties) {
        return new CachedDrift(drift, properties.getDrift().getTimeout(), properties.getDrift().getCacheTtl());
    }

}
