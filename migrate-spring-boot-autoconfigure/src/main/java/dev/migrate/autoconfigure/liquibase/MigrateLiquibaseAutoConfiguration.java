package dev.migrate.autoconfigure.liquibase;

import dev.migrate.autoconfigure.database.AppliedMigrationsReader;
import dev.migrate.autoconfigure.database.ExecutorBean;
import dev.migrate.autoconfigure.directory.MigrationDirectorySnapshot;
import liquibase.integration.spring.SpringLiquibase;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Liquibase as the executor of the migration directory: the changelog the starter supplies when the application has
 * none, its tracking tables created under its own lock so that instances starting together do not race, and
 * reading DATABASECHANGELOG for reports and the out-of-order guard.
 */
@AutoConfiguration(afterName = "org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration")
@ConditionalOnClass(SpringLiquibase.class)
@ConditionalOnBooleanProperty(name = "migrate.enabled", matchIfMissing = true)
public final class MigrateLiquibaseAutoConfiguration {

    @Bean
    static GeneratedChangelogPostProcessor migrateGeneratedChangelogPostProcessor(Environment environment,
            ObjectProvider<MigrationDirectorySnapshot> directory) {
        return new GeneratedChangelogPostProcessor(environment, directory);
    }

    @Bean
    static LiquibaseTrackingTables migrateLiquibaseTrackingTables() {
        return new LiquibaseTrackingTables();
    }

    @Bean
    @ConditionalOnBean(SpringLiquibase.class)
    @ConditionalOnClass(name = "org.springframework.boot.liquibase.autoconfigure.LiquibaseProperties")
    @ConditionalOnMissingBean(AppliedMigrationsReader.class)
    LiquibaseAppliedMigrationsReader migrateLiquibaseAppliedMigrationsReader(
            ConfigurableListableBeanFactory beanFactory, Environment environment) {
        return LiquibaseAppliedMigrationsReader.running(new ExecutorBean<>(beanFactory, SpringLiquibase.class),
                environment);
    }

}
