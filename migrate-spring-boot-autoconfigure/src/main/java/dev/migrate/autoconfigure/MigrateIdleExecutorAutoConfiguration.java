package dev.migrate.autoconfigure;

import javax.sql.DataSource;

import dev.migrate.autoconfigure.database.AppliedMigrationsReader;
import dev.migrate.autoconfigure.flyway.FlywayAppliedMigrationsReader;
import dev.migrate.autoconfigure.liquibase.LiquibaseAppliedMigrationsReader;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * When the executor is switched off in this application ({@code spring.liquibase.enabled=false}, common where a
 * separate job applies migrations), its history table still says what the database has applied: reports read it and
 * say that this application does not apply anything, instead of calling a healthy database unavailable.
 */
@AutoConfiguration(afterName = { "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration",
        "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
        "dev.migrate.autoconfigure.liquibase.MigrateLiquibaseAutoConfiguration",
        "dev.migrate.autoconfigure.flyway.MigrateFlywayAutoConfiguration" }, before = MigrateAutoConfiguration.class)
@ConditionalOnBooleanProperty(name = "migrate.enabled", matchIfMissing = true)
@ConditionalOnBean(DataSource.class)
public final class MigrateIdleExecutorAutoConfiguration {

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = { "liquibase.integration.spring.SpringLiquibase",
            "org.springframework.boot.liquibase.autoconfigure.LiquibaseProperties" })
    @ConditionalOnBooleanProperty(name = "spring.liquibase.enabled", havingValue = false)
    static class IdleLiquibase {

        @Bean
        @ConditionalOnMissingBean(AppliedMigrationsReader.class)
        LiquibaseAppliedMigrationsReader migrateIdleLiquibaseHistoryReader(Environment environment) {
            return LiquibaseAppliedMigrationsReader.idle(environment);
        }

    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = { "org.flywaydb.core.Flyway",
            "org.springframework.boot.flyway.autoconfigure.FlywayProperties" })
    @ConditionalOnBooleanProperty(name = "spring.flyway.enabled", havingValue = false)
    static class IdleFlyway {

        @Bean
        @ConditionalOnMissingBean(AppliedMigrationsReader.class)
        FlywayAppliedMigrationsReader migrateIdleFlywayHistoryReader(Environment environment) {
            return FlywayAppliedMigrationsReader.idle(environment);
        }

    }

}
