package dev.migrate.autoconfigure.flyway;

import java.nio.file.Path;

import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.autoconfigure.MigrationDirectoryFixture;
import dev.migrate.autoconfigure.actuate.MigrationsDescriptor;
import dev.migrate.autoconfigure.actuate.MigrationsDescriptor.FileDescriptor;
import dev.migrate.autoconfigure.actuate.MigrationsEndpoint;
import dev.migrate.autoconfigure.actuate.MigrationsEndpointAutoConfiguration;
import dev.migrate.autoconfigure.integrity.MigrationIntegrityException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Flyway as the executor: it applies the directory named by migrate.dir, after the gate.
 */
class FlywayExecutorTests {

    @TempDir
    Path dir;

    private MigrationDirectoryFixture flywayDirectory() {
        return new MigrationDirectoryFixture(this.dir)
            .write("V1__create_authors.sql", "CREATE TABLE authors (id BIGINT PRIMARY KEY);\n")
            .write("V2__create_books.sql", "CREATE TABLE books (id BIGINT PRIMARY KEY, author_id BIGINT);\n")
            .hash();
    }

    private ApplicationContextRunner runner(String database) {
        return new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class,
                    MigrateFlywayAutoConfiguration.class, MigrateAutoConfiguration.class,
                    MigrationsEndpointAutoConfiguration.class))
            .withPropertyValues("spring.datasource.url=jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1",
                    "management.endpoints.web.exposure.include=migrations", "migrate.format=flyway",
                    "migrate.dir=" + new MigrationDirectoryFixture(this.dir).location());
    }

    @Test
    void flywayAppliesTheMigrationDirectory() {
        flywayDirectory();
        runner("flyway1").run((context) -> {
            assertThat(context).hasNotFailed();
            JdbcTemplate jdbc = new JdbcTemplate(context.getBean(javax.sql.DataSource.class));
            assertThat(jdbc.queryForList("SELECT \"script\" FROM \"flyway_schema_history\" WHERE \"type\" = 'SQL' ORDER BY 1", String.class))
                .containsExactly("V1__create_authors.sql", "V2__create_books.sql");
            MigrationsDescriptor report = context.getBean(MigrationsEndpoint.class).migrations(SecurityContext.NONE);
            assertThat(report.database().executor()).isEqualTo("flyway");
            assertThat(report.database().status()).isEqualTo("UP_TO_DATE");
            assertThat(report.database().currentVersion()).isEqualTo("2");
            assertThat(report.directory().files()).extracting(FileDescriptor::state)
                .containsExactly("APPLIED", "APPLIED");
        });
    }

    @Test
    void leavesLocationsTheApplicationSetAlone() {
        flywayDirectory();
        runner("flyway2").withPropertyValues("spring.flyway.locations=classpath:no/such/place").run((context) -> {
            assertThat(context).hasNotFailed();
            JdbcTemplate jdbc = new JdbcTemplate(context.getBean(javax.sql.DataSource.class));
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = 'AUTHORS'",
                    Integer.class)).isZero();
        });
    }

    @Test
    void corruptDirectoryStopsFlywayBeforeItRuns() {
        MigrationDirectoryFixture fixture = flywayDirectory();
        fixture.write("V2__create_books.sql", "CREATE TABLE books (id BIGINT PRIMARY KEY);\n");
        runner("flyway3").run((context) -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().isInstanceOf(MigrationIntegrityException.class);
        });
        new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
            .withPropertyValues("spring.datasource.url=jdbc:h2:mem:flyway3;DB_CLOSE_DELAY=-1")
            .run((context) -> assertThat(new JdbcTemplate(context.getBean(javax.sql.DataSource.class))
                .queryForObject("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'",
                        Integer.class)).isZero());
    }

}
