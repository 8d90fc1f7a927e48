package dev.migrate.autoconfigure.liquibase;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.autoconfigure.MigrationDirectoryFixture;
import dev.migrate.autoconfigure.actuate.MigrationsDescriptor;
import dev.migrate.autoconfigure.actuate.MigrationsDescriptor.FileDescriptor;
import dev.migrate.autoconfigure.actuate.MigrationsEndpoint;
import dev.migrate.autoconfigure.actuate.MigrationsEndpointAutoConfiguration;
import dev.migrate.autoconfigure.integrity.MigrationIntegrityException;
import dev.migrate.autoconfigure.status.OutOfOrderMigrationException;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import liquibase.integration.spring.SpringLiquibase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceInitializationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gate, the supplied changelog and the out-of-order guard against a real PostgreSQL database, with Liquibase,
 * {@code spring.sql.init} and JPA configured as an application has them.
 */
@ExtendWith(OutputCaptureExtension.class)
@ExtendWith(TestDatabases.class)
class LiquibaseExecutorPostgresTests {

    @TempDir
    Path dir;

    private TestDatabase database;

    private MigrationDirectoryFixture fixture;

    @BeforeEach
    void createDatabase(TestDatabase database) {
        this.database = database;
        this.fixture = new MigrationDirectoryFixture(this.dir);
    }

    private ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                    LiquibaseAutoConfiguration.class, DataSourceInitializationAutoConfiguration.class,
                    HibernateJpaAutoConfiguration.class, MigrateLiquibaseAutoConfiguration.class,
                    MigrateAutoConfiguration.class))
            .withPropertyValues("spring.datasource.url=" + this.database.url(),
                    "spring.datasource.username=" + this.database.username(),
                    "spring.datasource.password=" + this.database.password(),
                    "spring.sql.init.mode=always",
                    "spring.jpa.hibernate.ddl-auto=none",
                    "migrate.dir=" + this.fixture.location());
    }

    @Test
    void appliesTheDirectoryInVersionOrderWithoutAChangelogOfTheApplications(CapturedOutput output)
            throws SQLException {
        // Version order (1, 2, 10) differs from name order (1, 10, 2); 10 needs the table that 2 creates.
        this.fixture.liquibase("1_create_authors.sql", "CREATE TABLE authors (id BIGINT PRIMARY KEY);")
            .liquibase("2_create_books.sql",
                    "CREATE TABLE books (id BIGINT PRIMARY KEY, author_id BIGINT REFERENCES authors (id));")
            .liquibase("10_add_title.sql", "ALTER TABLE books ADD COLUMN title VARCHAR(200);")
            .hash();
        runner().run((context) -> assertThat(context).hasNotFailed());
        // A file: directory outside a project's resources is recorded as the default location, db/migrations.
        assertThat(query("SELECT filename FROM databasechangelog ORDER BY orderexecuted")).containsExactly(
                "db/migrations/1_create_authors.sql", "db/migrations/2_create_books.sql",
                "db/migrations/10_add_title.sql");
        assertThat(query("SELECT column_name FROM information_schema.columns WHERE table_name = 'books'"))
            .contains("title");
        // Liquibase is never offered atlas.sum, so nothing but the gate mentions it.
        assertThat(output.getAll().lines().filter((line) -> line.contains("atlas.sum")))
            .allMatch((line) -> line.contains("IntegrityGate"));
    }

    @Test
    void switchingFromTheClassPathToFileRunsNoAppliedChangesetAgain(CapturedOutput output) throws Exception {
        // The same folder, read once from the class path and then as file: (which the dev-start advice suggests).
        Path resources = this.dir.resolve("project/src/main/resources");
        MigrationDirectoryFixture migrations = new MigrationDirectoryFixture(
                Files.createDirectories(resources.resolve("db/migrations")));
        migrations.liquibase("1_create_authors.sql", "CREATE TABLE authors (id BIGINT PRIMARY KEY);")
            .liquibase("2_create_books.sql", "CREATE TABLE books (id BIGINT PRIMARY KEY);")
            .hash();
        try (URLClassLoader classPath = new URLClassLoader(new URL[] { resources.toUri().toURL() },
                getClass().getClassLoader())) {
            runner().withClassLoader(classPath)
                .withPropertyValues("migrate.dir=classpath:db/migrations")
                .run((context) -> assertThat(context).hasNotFailed());
        }
        List<String> applied = query("SELECT filename || '::' || id FROM databasechangelog ORDER BY orderexecuted");
        assertThat(applied).containsExactly("db/migrations/1_create_authors.sql::1",
                "db/migrations/2_create_books.sql::2");

        runner().withPropertyValues("migrate.dir=file:" + resources.resolve("db/migrations"))
            .run((context) -> assertThat(context).hasNotFailed());

        assertThat(query("SELECT filename || '::' || id FROM databasechangelog ORDER BY orderexecuted"))
            .isEqualTo(applied);
        assertThat(output.getAll()).doesNotContain("already exists");
    }

    @Test
    void corruptSumLeavesTheDatabaseUntouched() throws SQLException {
        this.fixture.sampleLiquibase();
        this.fixture.write("atlas.sum", this.fixture.read("atlas.sum").replace("h1:", "h2:"));
        runner().withPropertyValues("spring.sql.init.schema-locations=classpath:schema-marker.sql")
            .run((context) -> {
                assertThat(context).hasFailed();
                assertThat(context.getStartupFailure()).rootCause().isInstanceOf(MigrationIntegrityException.class);
            });
        assertThat(query("SELECT table_name FROM information_schema.tables WHERE table_schema NOT IN "
                + "('pg_catalog', 'information_schema')")).isEmpty();
    }

    @Test
    void leavesAChangelogOfTheApplicationsAlone() throws SQLException {
        this.fixture.sampleLiquibase();
        runner().withPropertyValues("spring.liquibase.change-log=classpath:user-changelog.xml")
            .run((context) -> assertThat(context).hasNotFailed());
        assertThat(query("SELECT filename FROM databasechangelog")).containsExactly("user-changelog.xml");
        assertThat(query("SELECT table_name FROM information_schema.tables WHERE table_name = 'authors'")).isEmpty();
    }

    @Test
    void refusesToRunALateMergedOlderVersion() throws SQLException {
        this.fixture.liquibase("20240101000000_create_authors.sql", "CREATE TABLE authors (id BIGINT PRIMARY KEY);")
            .liquibase("20240103000000_create_books.sql", "CREATE TABLE books (id BIGINT PRIMARY KEY);")
            .hash();
        runner().run((context) -> assertThat(context).hasNotFailed());
        // Team B merges a migration dated before Team A's, after Team A's reached the database.
        this.fixture.liquibase("20240102000000_create_tags.sql", "CREATE TABLE tags (id BIGINT PRIMARY KEY);").hash();
        runner().run((context) -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                .isInstanceOf(OutOfOrderMigrationException.class)
                .hasMessageContaining("20240102000000_create_tags.sql")
                .hasMessageContaining("20240103000000_create_books.sql");
        });
        assertThat(query("SELECT table_name FROM information_schema.tables WHERE table_name = 'tags'")).isEmpty();
        runner().withPropertyValues("migrate.allow-out-of-order=true")
            .run((context) -> assertThat(context).hasNotFailed());
        assertThat(query("SELECT table_name FROM information_schema.tables WHERE table_name = 'tags'"))
            .containsExactly("tags");
    }

    @Test
    void readsTheChangelogTableOfTheApplicationsOwnLiquibase() throws SQLException {
        this.fixture.sampleLiquibase();
        runner().withUserConfiguration(ApplicationsOwnLiquibase.class)
            .withConfiguration(AutoConfigurations.of(MigrationsEndpointAutoConfiguration.class))
            .withPropertyValues("management.endpoints.web.exposure.include=migrations")
            .run((context) -> {
                assertThat(context).hasNotFailed();
                MigrationsDescriptor report = context.getBean(MigrationsEndpoint.class)
                    .migrations(SecurityContext.NONE);
                assertThat(report.database().executor()).isEqualTo("liquibase");
                assertThat(report.database().status()).isEqualTo("UP_TO_DATE");
                assertThat(report.database().currentVersion()).isEqualTo("20240103000000");
                assertThat(report.directory().files()).extracting(FileDescriptor::state)
                    .containsExactly("APPLIED", "APPLIED", "APPLIED");
            });
        assertThat(query("SELECT COUNT(*) FROM app_changelog")).containsExactly("3");
    }

    private List<String> query(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = this.database.connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    @Configuration(proxyBeanMethods = false)
    static class ApplicationsOwnLiquibase {

        @Bean
        SpringLiquibase liquibase(DataSource dataSource) {
            SpringLiquibase liquibase = new SpringLiquibase();
            liquibase.setDataSource(dataSource);
            // Boot's default location, absent here, so the starter supplies the directory's changelog.
            liquibase.setChangeLog(GeneratedChangelogPostProcessor.BOOT_DEFAULT_CHANGE_LOG);
            liquibase.setDatabaseChangeLogTable("app_changelog");
            return liquibase;
        }

    }

}
