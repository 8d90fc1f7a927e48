package dev.migrate.autoconfigure;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.migrate.autoconfigure.actuate.MigrationsDescriptor;
import dev.migrate.autoconfigure.actuate.MigrationsDescriptor.FileDescriptor;
import dev.migrate.autoconfigure.actuate.MigrationsEndpoint;
import dev.migrate.autoconfigure.actuate.MigrationsEndpointAutoConfiguration;
import dev.migrate.autoconfigure.flyway.MigrateFlywayAutoConfiguration;
import dev.migrate.autoconfigure.liquibase.MigrateLiquibaseAutoConfiguration;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rolling deploy: four instances of one application start at the same moment against one fresh PostgreSQL
 * database, each with its own context and connection pool. All start; the executor's lock makes each migration run
 * exactly once (a migration that inserts a row proves it); no instance trips the gate or the out-of-order guard on
 * another's half-finished work; and every endpoint reports the same state.
 */
@ExtendWith(TestDatabases.class)
class ManyInstancesPostgresTests {

    private static final int INSTANCES = 4;

    @TempDir
    Path dir;

    @Test
    void fourLiquibaseInstancesStartingTogetherApplyEachMigrationOnce(TestDatabase database) throws Exception {
        new MigrationDirectoryFixture(this.dir)
            .liquibase("20240101000000_create_log.sql", "CREATE TABLE applied_log (migration VARCHAR(50));")
            .liquibase("20240102000000_create_authors.sql",
                    "CREATE TABLE authors (id BIGINT PRIMARY KEY);\nINSERT INTO applied_log VALUES ('authors');")
            .liquibase("20240103000000_slow.sql", "SELECT pg_sleep(0.5);\nINSERT INTO applied_log VALUES ('slow');")
            .liquibase("20240104000000_create_books.sql",
                    "CREATE TABLE books (id BIGINT PRIMARY KEY);\nINSERT INTO applied_log VALUES ('books');")
            .hash();
        ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                    LiquibaseAutoConfiguration.class, MigrateLiquibaseAutoConfiguration.class,
                    MigrateAutoConfiguration.class, MigrationsEndpointAutoConfiguration.class))
            .withPropertyValues(properties(database, "liquibase"));

        List<MigrationsDescriptor> reports = startTogether(runner);

        JdbcTemplate jdbc = new JdbcTemplate(database.dataSource());
        assertThat(jdbc.queryForList("SELECT migration FROM applied_log ORDER BY 1", String.class))
            .containsExactly("authors", "books", "slow");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM databasechangelog", Integer.class)).isEqualTo(4);
        assertSameState(reports, "liquibase");
    }

    @Test
    void fourFlywayInstancesStartingTogetherApplyEachMigrationOnce(TestDatabase database) throws Exception {
        new MigrationDirectoryFixture(this.dir)
            .write("V1__create_log.sql", "CREATE TABLE applied_log (migration VARCHAR(50));\n")
            .write("V2__create_authors.sql",
                    "CREATE TABLE authors (id BIGINT PRIMARY KEY);\nINSERT INTO applied_log VALUES ('authors');\n")
            .write("V3__slow.sql", "SELECT pg_sleep(0.5);\nINSERT INTO applied_log VALUES ('slow');\n")
            .write("V4__create_books.sql",
                    "CREATE TABLE books (id BIGINT PRIMARY KEY);\nINSERT INTO applied_log VALUES ('books');\n")
            .hash();
        ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                    FlywayAutoConfiguration.class, MigrateFlywayAutoConfiguration.class,
                    MigrateAutoConfiguration.class, MigrationsEndpointAutoConfiguration.class))
            .withPropertyValues(properties(database, "flyway"));

        List<MigrationsDescriptor> reports = startTogether(runner);

        JdbcTemplate jdbc = new JdbcTemplate(database.dataSource());
        assertThat(jdbc.queryForList("SELECT migration FROM applied_log ORDER BY 1", String.class))
            .containsExactly("authors", "books", "slow");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM flyway_schema_history WHERE success AND version "
                + "IS NOT NULL", Integer.class)).isEqualTo(4);
        assertSameState(reports, "flyway");
    }

    private String[] properties(TestDatabase database, String format) {
        return new String[] { "spring.datasource.url=" + database.url(),
                "spring.datasource.username=" + database.username(),
                "spring.datasource.password=" + database.password(), "management.endpoints.web.exposure.include=migrations",
                "migrate.format=" + format, "migrate.dir=" + new MigrationDirectoryFixture(this.dir).location() };
    }

    /**
     * Starts the instances on threads released by one barrier; each reports once all have started (so none reads the
     * database while another is still migrating), and closes once all have reported.
     */
    private static List<MigrationsDescriptor> startTogether(ApplicationContextRunner runner) throws Exception {
        CyclicBarrier start = new CyclicBarrier(INSTANCES);
        CyclicBarrier started = new CyclicBarrier(INSTANCES);
        CyclicBarrier reported = new CyclicBarrier(INSTANCES);
        ExecutorService threads = Executors.newFixedThreadPool(INSTANCES);
        try {
            List<Future<MigrationsDescriptor>> instances = new ArrayList<>();
            for (int i = 0; i < INSTANCES; i++) {
                instances.add(threads.submit(() -> {
                    MigrationsDescriptor[] report = new MigrationsDescriptor[1];
                    start.await(60, TimeUnit.SECONDS);
                    runner.run((context) -> {
                        Throwable failure = context.getStartupFailure();
                        started.await(120, TimeUnit.SECONDS);
                        assertThat(failure).as("an instance failed to start").isNull();
                        report[0] = context.getBean(MigrationsEndpoint.class).migrations(SecurityContext.NONE);
                        reported.await(60, TimeUnit.SECONDS);
                    });
                    return report[0];
                }));
            }
            List<MigrationsDescriptor> reports = new ArrayList<>();
            for (Future<MigrationsDescriptor> instance : instances) {
                reports.add(instance.get(180, TimeUnit.SECONDS));
            }
            return reports;
        }
        finally {
            threads.shutdownNow();
        }
    }

    private static void assertSameState(List<MigrationsDescriptor> reports, String executor) {
        assertThat(reports).hasSize(INSTANCES);
        for (MigrationsDescriptor report : reports) {
            assertThat(report.directory().status()).isEqualTo("OK");
            assertThat(report.database().status()).isEqualTo("UP_TO_DATE");
            assertThat(report.database().executor()).isEqualTo(executor);
            assertThat(report.database().applied()).isEqualTo(4);
            assertThat(report.directory().files()).extracting(FileDescriptor::state).containsOnly("APPLIED");
            assertThat(report.database()).isEqualTo(reports.get(0).database());
            assertThat(report.directory()).isEqualTo(reports.get(0).directory());
        }
    }

}
