package dev.migrate.autoconfigure.flyway;

import java.nio.file.Path;

import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.autoconfigure.MigrationDirectoryFixture;
import dev.migrate.autoconfigure.actuate.MigrationsDescriptor;
import dev.migrate.autoconfigure.actuate.MigrationsDescriptor.FileDescriptor;
import dev.migrate.autoconfigure.actuate.MigrationsEndpoint;
import dev.migrate.autoconfigure.actuate.MigrationsEndpointAutoConfiguration;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Flyway as the executor on a real PostgreSQL database: the reports read the history table Flyway itself was
 * configured with, however the application configured it.
 */
@ExtendWith(TestDatabases.class)
class FlywayExecutorPostgresTests {

    @TempDir
    Path dir;

    @Test
    void readsTheHistoryTableAFlywayCustomizerNamed(TestDatabase database) {
        MigrationDirectoryFixture fixture = new MigrationDirectoryFixture(this.dir)
            .write("V1__create_authors.sql", "CREATE TABLE authors (id BIGINT PRIMARY KEY);\n")
            .write("V2__create_books.sql", "CREATE TABLE books (id BIGINT PRIMARY KEY, author_id BIGINT);\n")
            .hash();
        new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class,
                    MigrateFlywayAutoConfiguration.class, MigrateAutoConfiguration.class,
                    MigrationsEndpointAutoConfiguration.class))
            .withPropertyValues("spring.datasource.url=" + database.url(),
                    "spring.datasource.username=" + database.username(),
                    "spring.datasource.password=" + database.password(),
                    "management.endpoints.web.exposure.include=migrations", "migrate.format=flyway",
                    "migrate.dir=" + fixture.location())
            .withBean(FlywayConfigurationCustomizer.class, () -> (configuration) -> configuration.table("app_history"))
            .run((context) -> {
                assertThat(context).hasNotFailed();
                MigrationsDescriptor report = context.getBean(MigrationsEndpoint.class)
                    .migrations(SecurityContext.NONE);
                assertThat(report.database().executor()).isEqualTo("flyway");
                assertThat(report.database().status()).isEqualTo("UP_TO_DATE");
                assertThat(report.database().currentVersion()).isEqualTo("2");
                assertThat(report.directory().files()).extracting(FileDescriptor::state)
                    .containsExactly("APPLIED", "APPLIED");
            });
    }

}
