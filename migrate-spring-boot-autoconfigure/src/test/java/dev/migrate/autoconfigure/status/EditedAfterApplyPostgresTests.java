package dev.migrate.autoconfigure.status;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.autoconfigure.MigrateFailureAnalyzer;
import dev.migrate.autoconfigure.MigrateIdleExecutorAutoConfiguration;
import dev.migrate.autoconfigure.MigrationDirectoryFixture;
import dev.migrate.autoconfigure.flyway.MigrateFlywayAutoConfiguration;
import dev.migrate.autoconfigure.liquibase.MigrateLiquibaseAutoConfiguration;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A migration applied by real Liquibase or Flyway on PostgreSQL, then edited and re-hashed (so atlas.sum is valid
 * again): startup stops before the executor with a sentence naming the file and the choices, and the status reports
 * the file as edited after apply.
 */
@ExtendWith(TestDatabases.class)
class EditedAfterApplyPostgresTests {

    @TempDir
    Path dir;

    private TestDatabase database;

    private MigrationDirectoryFixture fixture;

    @BeforeEach
    void createDatabase(TestDatabase database) {
        this.database = database;
        this.fixture = new MigrationDirectoryFixture(this.dir);
    }

    private ApplicationContextRunner runner(Class<?> executor, Class<?> migrateExecutor) {
        return new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, executor, migrateExecutor,
                    MigrateAutoConfiguration.class))
            .withPropertyValues("spring.datasource.url=" + this.database.url(),
                    "spring.datasource.username=" + this.database.username(),
                    "spring.datasource.password=" + this.database.password(), "migrate.dir=" + this.fixture.location());
    }

    @Test
    void liquibase() throws SQLException {
        ApplicationContextRunner runner = runner(LiquibaseAutoConfiguration.class,
                MigrateLiquibaseAutoConfiguration.class);
        this.fixture.liquibase("20240101000000_create_authors.sql", "CREATE TABLE authors (id BIGINT PRIMARY KEY);")
            .liquibase("20240102000000_create_books.sql", "CREATE TABLE books (id BIGINT PRIMARY KEY);")
            .hash();
        runner.run((context) -> assertThat(context).hasNotFailed());

        this.fixture.liquibase("20240102000000_create_books.sql",
                "CREATE TABLE books (id BIGINT PRIMARY KEY, title VARCHAR(200));")
            .liquibase("20240103000000_create_tags.sql", "CREATE TABLE tags (id BIGINT PRIMARY KEY);")
            .hash();
        runner.run((context) -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().isInstanceOf(EditedAfterApplyException.class);
            FailureAnalysis analysis = new MigrateFailureAnalyzer().analyze(context.getStartupFailure());
            assertThat(analysis.getDescription()).startsWith("20240102000000_create_books.sql was edited after it was "
                    + "applied: the checksum liquibase recorded when it ran it no longer matches the file in "
                    + this.fixture.location() + ". Liquibase would refuse to run with a checksum error.");
            assertThat(analysis.getAction()).contains("restore the file as it was applied")
                .contains("write a new migration with the change instead");
        });
        assertThat(tables()).doesNotContain("tags"); // the pending migration did not run either

        // An application that does not run Liquibase itself reports the state instead of refusing to start.
        runner.withConfiguration(AutoConfigurations.of(MigrateIdleExecutorAutoConfiguration.class))
            .withPropertyValues("spring.liquibase.enabled=false")
            .run((context) -> {
                assertThat(context).hasNotFailed();
                MigrationStatus status = context.getBean(MigrationStatusService.class).current();
                assertThat(status.migrations()).extracting((file) -> file.file().name() + " " + file.state())
                    .containsExactly("20240101000000_create_authors.sql APPLIED",
                            "20240102000000_create_books.sql EDITED_AFTER_APPLY",
                            "20240103000000_create_tags.sql PENDING");
            });
    }

    @Test
    void reportsTheStateOfAFileEditedWhileTheApplicationRuns() {
        ApplicationContextRunner runner = runner(LiquibaseAutoConfiguration.class,
                MigrateLiquibaseAutoConfiguration.class);
        this.fixture.liquibase("20240101000000_create_authors.sql", "CREATE TABLE authors (id BIGINT PRIMARY KEY);")
            .liquibase("20240102000000_create_books.sql", "CREATE TABLE books (id BIGINT PRIMARY KEY);")
            .hash();
        runner.run((context) -> {
            assertThat(context).hasNotFailed();
            this.fixture.liquibase("20240102000000_create_books.sql",
                    "CREATE TABLE books (id BIGINT PRIMARY KEY, title VARCHAR(200));");
            MigrationStatus status = context.getBean(MigrationStatusService.class).current();
            assertThat(status.migrations()).extracting((file) -> file.file().name() + " " + file.state())
                .containsExactly("20240101000000_create_authors.sql APPLIED",
                        "20240102000000_create_books.sql EDITED_AFTER_APPLY");
            assertThat(status.applied()).isEqualTo(2);
            assertThat(status.pending()).isZero();
        });
    }

    @Test
    void flyway() throws SQLException {
        ApplicationContextRunner runner = runner(FlywayAutoConfiguration.class, MigrateFlywayAutoConfiguration.class)
            .withPropertyValues("migrate.format=flyway");
        this.fixture.write("V1__create_authors.sql", "CREATE TABLE authors (id BIGINT PRIMARY KEY);\n")
            .write("V2__create_books.sql", "CREATE TABLE books (id BIGINT PRIMARY KEY);\n")
            .hash();
        runner.run((context) -> assertThat(context).hasNotFailed());

        this.fixture.write("V1__create_authors.sql", "CREATE TABLE authors (id BIGINT PRIMARY KEY, name TEXT);\n")
            .write("V2__create_books.sql", "CREATE TABLE books (id BIGINT PRIMARY KEY);\r\n") // Flyway ignores this
            .write("V3__create_tags.sql", "CREATE TABLE tags (id BIGINT PRIMARY KEY);\n")
            .hash();
        runner.run((context) -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                .isInstanceOf(EditedAfterApplyException.class)
                .hasMessageStartingWith("V1__create_authors.sql was edited after it was applied")
                .hasMessageContaining("Flyway would refuse");
        });
        assertThat(tables()).doesNotContain("tags");
    }

    private java.util.List<String> tables() throws SQLException {
        java.util.List<String> names = new java.util.ArrayList<>();
        try (Connection connection = this.database.connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT table_name FROM information_schema.tables "
                        + "WHERE table_schema = 'public'")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

}
