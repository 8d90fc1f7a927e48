package dev.migrate.autoconfigure.actuate;

import java.nio.file.Path;
import java.sql.SQLException;

import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.autoconfigure.MigrateIdleExecutorAutoConfiguration;
import dev.migrate.autoconfigure.MigrationDirectoryFixture;
import dev.migrate.autoconfigure.actuate.MigrationsDescriptor.FileDescriptor;
import dev.migrate.autoconfigure.health.MigrationsHealthContributorAutoConfiguration;
import dev.migrate.autoconfigure.health.MigrationsHealthIndicator;
import dev.migrate.autoconfigure.liquibase.MigrateLiquibaseAutoConfiguration;
import dev.migrate.autoconfigure.metrics.MigrationsMeterBinder;
import dev.migrate.autoconfigure.metrics.MigrationsMetricsAutoConfiguration;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The endpoint, health and metrics on an H2 database migrated by Liquibase.
 */
class MigrationsEndpointTests {

    @TempDir
    Path dir;

    private ApplicationContextRunner runner(String databaseName) {
        return new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                    LiquibaseAutoConfiguration.class, MigrateLiquibaseAutoConfiguration.class,
                    MigrateIdleExecutorAutoConfiguration.class, MigrateAutoConfiguration.class, MigrationsEndpointAutoConfiguration.class,
                    MigrationsHealthContributorAutoConfiguration.class, MigrationsMetricsAutoConfiguration.class))
            .withPropertyValues("spring.datasource.url=jdbc:h2:mem:" + databaseName + ";DB_CLOSE_DELAY=-1",
                    "management.endpoints.web.exposure.include=migrations",
                    "migrate.dir=" + new MigrationDirectoryFixture(this.dir).location());
    }

    @Test
    void reportsTheDirectoryAndTheDatabase() {
        new MigrationDirectoryFixture(this.dir).sampleLiquibase();
        runner("report").run((context) -> {
            MigrationsDescriptor report = context.getBean(MigrationsEndpoint.class).migrations(SecurityContext.NONE);
            assertThat(report.directory().status()).isEqualTo("OK");
            assertThat(report.directory().format()).isEqualTo("liquibase");
            assertThat(report.directory().sum()).startsWith("h1:");
            assertThat(report.directory().files()).extracting(FileDescriptor::state)
                .containsExactly("APPLIED", "APPLIED", "APPLIED");
            assertThat(report.database().status()).isEqualTo("UP_TO_DATE");
            assertThat(report.database().executor()).isEqualTo("liquibase");
            assertThat(report.database().currentVersion()).isEqualTo("20240103000000");
            assertThat(report.database().applied()).isEqualTo(3);
            assertThat(report.database().pending()).isZero();
        });
    }

    @Test
    void showsSqlOnlyWhereAllowed() {
        new MigrationDirectoryFixture(this.dir).sampleLiquibase();
        runner("sql").run((context) -> {
            MigrationFileDescriptor file = context.getBean(MigrationsEndpoint.class).migration("20240102000000",
                    SecurityContext.NONE);
            assertThat(file.name()).isEqualTo("20240102000000_create_books.sql");
            assertThat(file.state()).isEqualTo("APPLIED");
            assertThat(file.sql()).isNull();
            assertThat(context.getBean(MigrationsEndpoint.class).migration("42", SecurityContext.NONE)).isNull();
        });
        runner("sql2").withPropertyValues("management.endpoint.migrations.show-sql=always").run((context) -> {
            MigrationFileDescriptor file = context.getBean(MigrationsEndpoint.class).migration("20240102000000",
                    SecurityContext.NONE);
            assertThat(file.sql()).contains("CREATE TABLE books");
        });
    }

    @Test
    void theOneFileViewKeepsItsJson() {
        // A file atlas.sum does not record yet: its recordedHash is written as null; hidden SQL is left out.
        MigrationDirectoryFixture fixture = new MigrationDirectoryFixture(this.dir).sampleLiquibase();
        fixture.liquibase("20240104000000_create_tags.sql", "CREATE TABLE tags (id BIGINT PRIMARY KEY);");
        String fields = "{\"name\":\"20240104000000_create_tags.sql\",\"version\":\"20240104000000\","
                + "\"description\":\"create_tags\",\"hash\":\"h1:xDzL/P8iYqPcd/4vGZGyopBLCaKhEAS8V7iapNG65nw=\","
                + "\"recordedHash\":null,\"state\":\"APPLIED\"";
        runner("json").withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class))
            .withPropertyValues("migrate.integrity.on-failure=warn")
            .run((context) -> assertThat(context.getBean(JsonMapper.class)
                .writeValueAsString(context.getBean(MigrationsEndpoint.class).migration("20240104000000",
                        SecurityContext.NONE)))
                .isEqualTo(fields + "}"));
        runner("json2").withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class))
            .withPropertyValues("migrate.integrity.on-failure=warn", "management.endpoint.migrations.show-sql=always")
            .run((context) -> assertThat(context.getBean(JsonMapper.class)
                .writeValueAsString(context.getBean(MigrationsEndpoint.class).migration("20240104000000",
                        SecurityContext.NONE)))
                .isEqualTo(fields + ",\"sql\":\"-- liquibase formatted sql\\n\\n-- changeset migrate:20240104000000\\n"
                        + "CREATE TABLE tags (id BIGINT PRIMARY KEY);\\n\"}"));
    }

    @Test
    void answersQuicklyWithUnavailableWhenTheDatabaseGoesDown() throws SQLException {
        new MigrationDirectoryFixture(this.dir).sampleLiquibase();
        Server server = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
        try {
            // Hikari would wait a minute for a connection; the report must not.
            runner("down").withPropertyValues(
                    "spring.datasource.url=jdbc:h2:tcp://localhost:" + server.getPort() + "/mem:down",
                    "spring.datasource.hikari.connection-timeout=60000", "migrate.database.timeout=500ms")
                .run((context) -> {
                    assertThat(context).hasNotFailed();
                    server.stop();
                    long start = System.nanoTime();
                    MigrationsDescriptor report = context.getBean(MigrationsEndpoint.class).migrations(SecurityContext.NONE);
                    Health health = context.getBean(MigrationsHealthIndicator.class).health();
                    long millis = (System.nanoTime() - start) / 1_000_000;
                    assertThat(report.database().status()).isEqualTo("UNAVAILABLE");
                    assertThat(report.directory().files()).extracting(FileDescriptor::state)
                        .containsOnly("UNKNOWN");
                    assertThat(health.getStatus()).isEqualTo(Status.UP);
                    assertThat(health.getDetails()).containsEntry("database", "UNAVAILABLE");
                    assertThat(millis).isLessThan(2000);
                });
        }
        finally {
            server.stop();
        }
    }

    @Test
    void aDisabledExecutorStillReportsWhatTheDatabaseHasApplied() {
        new MigrationDirectoryFixture(this.dir).sampleLiquibase();
        runner("idle").run((migrated) -> {
            assertThat(migrated).hasNotFailed();
            // A second application on the same database where another deployment applies the migrations.
            runner("idle").withPropertyValues("spring.liquibase.enabled=false").run((context) -> {
                MigrationsDescriptor report = context.getBean(MigrationsEndpoint.class)
                    .migrations(SecurityContext.NONE);
                assertThat(report.database().status()).isEqualTo("UP_TO_DATE");
                assertThat(report.database().executor()).isEqualTo("liquibase");
                assertThat(report.database().reason()).contains("spring.liquibase.enabled=false")
                    .contains("does not run in this application");
                assertThat(report.directory().files()).extracting(FileDescriptor::state).containsOnly("APPLIED");
            });
        });
    }

    @Test
    void withoutAnyExecutorTheDatabaseStatusSaysSo() {
        new MigrationDirectoryFixture(this.dir).sampleLiquibase();
        runner("none").withClassLoader(new FilteredClassLoader("liquibase", "org.flywaydb")).run((context) -> {
            MigrationsDescriptor report = context.getBean(MigrationsEndpoint.class).migrations(SecurityContext.NONE);
            assertThat(report.database().status()).isEqualTo("NO_EXECUTOR");
            assertThat(report.database().executor()).isEqualTo("none");
            assertThat(report.database().reason()).contains("Liquibase or Flyway");
        });
    }

    @Test
    void healthIsDownWhenTheDirectoryFailsIntegrity() {
        MigrationDirectoryFixture fixture = new MigrationDirectoryFixture(this.dir).sampleLiquibase();
        fixture.delete("20240102000000_create_books.sql");
        fixture.hash();
        fixture.liquibase("20240102000000_create_books.sql",
                "CREATE TABLE books (id BIGINT PRIMARY KEY, author_id BIGINT NOT NULL);");
        runner("health").withPropertyValues("migrate.integrity.on-failure=warn").run((context) -> {
            Health health = context.getBean(MigrationsHealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails()).containsEntry("directory", "CHECKSUM_MISMATCH");
            assertThat(context.getBean(MigrationsEndpoint.class).migrations(SecurityContext.NONE).directory().problems())
                .singleElement()
                .satisfies((problem) -> assertThat(problem.kind()).isEqualTo("ADDED"));
        });
    }

    @Test
    void healthReportsPendingAndMetricsCountMigrations() {
        new MigrationDirectoryFixture(this.dir).sampleLiquibase();
        runner("metrics").run((context) -> {
            Health health = context.getBean(MigrationsHealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("pending", 0).containsEntry("applied", 3);
            SimpleMeterRegistry registry = new SimpleMeterRegistry();
            context.getBean(MigrationsMeterBinder.class).bindTo(registry);
            assertThat(registry.get("migrate.migrations.applied").gauge().value()).isEqualTo(3.0);
            assertThat(registry.get("migrate.migrations.pending").gauge().value()).isZero();
        });
    }

    @Test
    void backsOffWithoutActuatorOrWhenNotExposed() {
        new MigrationDirectoryFixture(this.dir).sampleLiquibase();
        runner("off").withClassLoader(new FilteredClassLoader(Endpoint.class))
            .run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(MigrationsEndpoint.class));
        runner("off2").withPropertyValues("management.endpoints.web.exposure.include=health")
            .run((context) -> assertThat(context).doesNotHaveBean(MigrationsEndpoint.class));
    }

}
