package dev.migrate.autoconfigure.flyway;

import dev.migrate.autoconfigure.MigrateProperties;
import dev.migrate.autoconfigure.database.AppliedMigrationsReader;
import dev.migrate.autoconfigure.database.ExecutorBean;
import dev.migrate.autoconfigure.directory.MigrationDirectorySnapshot;
import org.flywaydb.core.Flyway;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Flyway as the executor of the migration directory: its locations, and reading its schema history for reports and
 * the out-of-order guard.
 */
@AutoConfiguration(afterName = "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration")
@ConditionalOnClass({ Flyway.class, FlywayConfigurationCustomizer.class })
@ConditionalOnBooleanProperty(name = "migrate.enabled", matchIfMissing = true)
public final class MigrateFlywayAutoConfiguration {

    @Bean
    FlywayLocationCustomizer migrateFlywayLocationCustomizer(Environment environment,
            ObjectProvider<MigrationDirectorySnapshot> directory, ObjectProvider<MigrateProperties> properties) {
        return new FlywayLocationCustomizer(environment, directory, properties);
    }

    @Bean
    @ConditionalOnBean(Flyway.class)
    @ConditionalOnMissingBean(AppliedMigrationsReader.class)
    FlywayAppliedMigrationsReader migrateFlywayAppliedMigrationsReader(ConfigurableListableBeanFactory beanFactory,
            Environment environment) {
        return FlywayAppliedMigrationsReader.running(new ExecutorBean<>(beanFactory, Flyway.class), environment);
    }

}
