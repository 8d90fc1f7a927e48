package dev.migrate.autoconfigure;

import javax.sql.DataSource;

import dev.migrate.autoconfigure.database.AppliedMigrationsReader;
import dev.migrate.autoconfigure.database.CachedDatabaseState;
import dev.migrate.autoconfigure.database.DatabaseStateReader;
import dev.migrate.autoconfigure.database.EditedMigrations;
import dev.migrate.autoconfigure.directory.MigrationDirectories;
import dev.migrate.autoconfigure.directory.MigrationDirectorySnapshot;
import dev.migrate.autoconfigure.directory.MigrationFormats;
import dev.migrate.autoconfigure.integrity.DirectoryPreparation;
import dev.migrate.autoconfigure.integrity.IntegrityGate;
import dev.migrate.autoconfigure.status.MigrationStatusService;
import dev.migrate.autoconfigure.status.OutOfOrderGuard;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ResourceLoader;

/**
 * The migration directory, the integrity gate that verifies it at startup, the out-of-order guard, and the status
 * that the actuator endpoint, health and metrics report.
 */
@AutoConfiguration(afterName = { "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "dev.migrate.autoconfigure.liquibase.MigrateLiquibaseAutoConfiguration",
        "dev.migrate.autoconfigure.flyway.MigrateFlywayAutoConfiguration" })
@ConditionalOnBooleanProperty(name = "migrate.enabled", matchIfMissing = true)
@EnableConfigurationProperties(MigrateProperties.class)
@Import({ MigrateAutoConfiguration.InitializationOrderConfiguration.class,
        MigrateAutoConfiguration.DatabaseStateConfiguration.class })
public final class MigrateAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    MigrationDirectorySnapshot migrationDirectorySnapshot(MigrateProperties properties, ResourceLoader resourceLoader) {
        ClassLoader classLoader = resourceLoader.getClassLoader();
        return new MigrationDirectorySnapshot(properties.getDir(), MigrationDirectories.open(properties.getDir(), classLoader),
                MigrationFormats.resolve(properties.getFormat(), classLoader),
                properties.getIntegrity().isRequireSum());
    }

    @Bean
    IntegrityGate migrateIntegrityGate(MigrationDirectorySnapshot directory, MigrateProperties properties,
            ObjectProvider<DirectoryPreparation> preparations) {
        return new IntegrityGate(directory, properties.getIntegrity().getOnFailure(),
                preparations.orderedStream().toList());
    }

    @Bean
    @ConditionalOnMissingBean
    MigrationStatusService migrationStatusService(MigrationDirectorySnapshot directory,
            ObjectProvider<CachedDatabaseState> databaseState) {
        return new MigrationStatusService(directory, databaseState.getIfAvailable());
    }

    /**
     * Makes Liquibase, Flyway, {@code spring.sql.init} and the EntityManagerFactory wait for the gate (through
     * {@link MigrateDatabaseInitializerDetector}).
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(DatabaseInitializationDependencyConfigurer.class)
    @Import(DatabaseInitializationDependencyConfigurer.class)
    static class InitializationOrderConfiguration {

    }

    /**
     * Reading the database's applied migrations, when there is a DataSource and an executor whose history to read.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBean({ DataSource.class, AppliedMigrationsReader.class })
    static class DatabaseStateConfiguration {

        @Bean
        @ConditionalOnMissingBean
        DatabaseStateReader migrateDatabaseStateReader(DataSource dataSource, AppliedMigrationsReader reader,
                MigrationDirectorySnapshot directory,
                MigrateProperties properties) {
            EditedMigrations edited = reader.history().isPresent() ? new EditedMigrations(directory, reader) : null;
            return new DatabaseStateReader(dataSource, reader, properties.getDatabase().getTimeout(), edited);
        }

        @Bean
        @ConditionalOnMissingBean
        CachedDatabaseState migrateCachedDatabaseState(DatabaseStateReader reader, MigrateProperties properties) {
            return new CachedDatabaseState(reader, properties.getDatabase().getTimeout(),
                    properties.getDatabase().getCacheTtl());
        }

        @Bean
        OutOfOrderGuard migrateOutOfOrderGuard(IntegrityGate integrityGate, MigrationDirectorySnapshot directory,
                DatabaseStateReader reader, MigrateProperties properties) {
            return new OutOfOrderGuard(integrityGate, directory, reader, properties.isAllowOutOfOrder(),
                    properties.getDatabase().getTimeout());
        }

    }

}
