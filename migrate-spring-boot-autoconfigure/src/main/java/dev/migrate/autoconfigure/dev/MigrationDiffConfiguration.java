package dev.migrate.autoconfigure.dev;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Set;

import javax.sql.DataSource;

import dev.migrate.autoconfigure.MigrateProperties;
import dev.migrate.autoconfigure.database.DatabaseStateReader;
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

    /** Before the directory is read: the source folder is what the gate checks, the runtime copy follows it. */
    @Bean
    static DevMigrationFolders migrateDevMigrationFolders() {
        return new DevMigrationFolders();
    }

    @Bean
    MigrationDiffRunner migrateDiffRunner(IntegrityGate gate, MigrationDirectorySnapshot directory,
            ApplicationEntities entities, MigrateProperties properties, ObjectProvider<DataSource> dataSource,
            Environment environment, ResourceLoader resourceLoader) {
        MigrationDiffSettings settings = MigrationDiffSettings.of(properties.getDev(), directory.format(), environment);
        EntitySchema desired = new EntitySchema(entities::createScript, () -> entities.fingerprint() + " dev "
                + Objects.toString(properties.getDev().getUrl(), "") + " app "
                + environment.getProperty("spring.datasource.url", ""));
        DevDatabaseDiff diff = new DevDatabaseDiff(
                () -> DevDatabases.resolve(properties.getDev(), dataSource::getIfAvailable), desired, settings);
        return new MigrationDiffRunner(gate, settings, desired, diff,
                new RuntimeDirectoryPublisher(directory, resourceLoader.getClassLoader()));
    }

    /** Re-hashes a generated migration that a dev start stopped for review and that was edited since. */
    @Bean
    EditedPendingMigrations migrateEditedPendingMigrations(MigrationDirectorySnapshot directory,
            MigrateProperties properties, ObjectProvider<DatabaseStateReader> database,
            ResourceLoader resourceLoader) {
        Path source = Path.of(properties.getDev().getSourceDir()).toAbsolutePath().normalize();
        return new EditedPendingMigrations(source, directory, resourceLoader.getClassLoader(),
                () -> appliedFileNames(database.getIfAvailable()));
    }

    private static Set<String> appliedFileNames(DatabaseStateReader database) {
        if (database == null) {
            throw new IllegalStateException("no DataSource or executor history to read");
        }
        try {
            return database.appliedFileNames();
        }
        catch (SQLException ex) {
            throw new IllegalStateException("cannot read the executor's history: " + ex.getMessage(), ex);
        }
    }

    @Bean
    @ConditionalOnProperty(MigrationDiffCommand.PROPERTY)
    MigrationDiffExit migrateDiffExit(MigrationDiffRunner runner) {
        return new MigrationDiffExit(runner, System::exit);
    }

}
