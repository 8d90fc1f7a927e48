package dev.migrate.autoconfigure.ci;

import javax.sql.DataSource;

import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.autoconfigure.MigrateProperties;
import dev.migrate.autoconfigure.database.AppliedMigrationsReader;
import dev.migrate.autoconfigure.directory.MigrationDirectorySnapshot;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.core.env.Environment;

/** {@code --migrate.lint} and {@code --migrate.rebase}: run the command when the application is ready, then exit. */
@AutoConfiguration(after = MigrateAutoConfiguration.class)
@Conditional(CiCommandCondition.class)
@ConditionalOnBean(MigrationDirectorySnapshot.class)
public final class MigrateCiAutoConfiguration {

    @Bean
    CiCommandRunner migrateCiCommandRunner(Environment environment, MigrateProperties properties,
            MigrationDirectorySnapshot directory, ObjectProvider<DataSource> dataSource,
            ObjectProvider<AppliedMigrationsReader> history) {
        return new CiCommandRunner(environment, properties.getDev(), directory.format(), dataSource::getIfAvailable,
                history::getIfAvailable, System::exit);
    }

}
