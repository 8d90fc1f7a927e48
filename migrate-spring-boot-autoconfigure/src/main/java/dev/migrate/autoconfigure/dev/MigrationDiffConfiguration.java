package dev.migrate.autoconfigure.dev;

import java.util.Optional;

import javax.sql.DataSource;

import dev.migrate.autoconfigure.MigrateProperties;
import dev.migrate.autoconfigure.directory.MigrationDirectorySnapshot;
import dev.migrate.autoconfigure.entities.ApplicationEntities;
import dev.migrate.autoconfigure.integrity.IntegrityGate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;

/**
 * Generating a migration from the entities at startup: in profile {@code dev} (or with
 * {@code migrate.dev.auto-diff=true}) before the executor applies the directory, or once with
 * {@code --migrate.diff=NAME}, which then exits.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(MigrationDiffCondition.class)
public class MigrationDiffConfiguration {

    static final String DROP_UNMAPPED_TABLES = "migrate.diff.drop-unmapped-tables";

    /** Before the directory is read: the source folder is what the gate checks, the runtime copy follows it. */
    @Bean
    static DevMigrationFolders migrateDevMigrationFolders() {
        return new DevMigrationFolders();
    }

    @Bean
    MigrationDiffRunner migrateDiffRunner(IntegrityGate gate, MigrationDirectorySnapshot directory,
            ApplicationEntities entities, MigrateProperties properties, ObjectProvider<DataSource> dataSource,
            Environment environment, ResourceLoader resourceLoader) {
        Optional<String> command = MigrationDiffCommand.requested(environment);
        // Read from the environment: migrate.diff itself is the --migrate.diff=NAME value, so it cannot also be a
        // group of bound properties.
        boolean dropUnmappedTables = environment.getProperty(DROP_UNMAPPED_TABLES, Boolean.class, false);
        return new MigrationDiffRunner(gate, directory, entities::createScript, properties.getDev(),
                dataSource::getIfAvailable, command.filter((name) -> !name.isEmpty()), command.isEmpty(),
                dropUnmappedTables, resourceLoader.getClassLoader());
    }

    @Bean
    @ConditionalOnProperty(MigrationDiffCommand.PROPERTY)
    MigrationDiffExit migrateDiffExit(MigrationDiffRunner runner) {
        return new MigrationDiffExit(runner, System::exit);
    }

}
