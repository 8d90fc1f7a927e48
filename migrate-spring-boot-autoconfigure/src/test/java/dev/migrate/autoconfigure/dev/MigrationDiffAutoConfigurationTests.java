package dev.migrate.autoconfigure.dev;

import java.nio.file.Path;

import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.autoconfigure.MigrateFailureAnalyzer;
import dev.migrate.autoconfigure.MigrationDirectoryFixture;
import dev.migrate.autoconfigure.dev.notes.Note;
import dev.migrate.autoconfigure.drift.DriftReport;
import dev.migrate.autoconfigure.drift.EntityDrift;
import dev.migrate.autoconfigure.entities.ApplicationEntities;
import dev.migrate.autoconfigure.entities.MigrateEntitiesAutoConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When a diff runs at startup, and what it says when it cannot: conditions only, on an embedded H2 application (no
 * diff ever reaches a database here).
 */
class MigrationDiffAutoConfigurationTests {

    @TempDir
    Path dir;

    private MigrationDirectoryFixture fixture;

    @BeforeEach
    void directory() {
        this.fixture = new MigrationDirectoryFixture(this.dir);
        this.fixture.write("1_create_notes.sql", "CREATE TABLE notes (id BIGINT PRIMARY KEY, title VARCHAR(100));")
            .hash();
    }

    private ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                    HibernateJpaAutoConfiguration.class, MigrateAutoConfiguration.class,
                    MigrateEntitiesAutoConfiguration.class))
            .withUserConfiguration(NotesConfiguration.class)
            .withPropertyValues("spring.datasource.url=jdbc:h2:mem:" + System.nanoTime(),
                    "spring.jpa.hibernate.ddl-auto=none", "migrate.format=atlas",
                    "migrate.dir=" + this.fixture.location(),
                    "migrate.dev.source-dir=" + this.fixture.path());
    }

    @Test
    void neverRunsOutsideTheDevProfile() {
        runner().run((context) -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(MigrationDiffRunner.class)
                .doesNotHaveBean(MigrationDiffExit.class).hasSingleBean(ApplicationEntities.class);
        });
    }

    @Test
    void autoDiffFalseSwitchesItOffInTheDevProfile() {
        runner().withPropertyValues("spring.profiles.active=dev", "migrate.dev.auto-diff=false")
            .run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(MigrationDiffRunner.class));
    }

    @Test
    void runsInTheDevProfileAndRefusesAMissingSourceDirectory() {
        Path missing = this.dir.resolve("missing").toAbsolutePath();
        runner().withPropertyValues("spring.profiles.active=dev", "migrate.dev.source-dir=" + missing)
            .run((context) -> {
                assertThat(context).hasFailed();
                FailureAnalysis analysis = new MigrateFailureAnalyzer().analyze(context.getStartupFailure());
                assertThat(analysis.getDescription()).isEqualTo("The migration source directory " + missing
                        + " does not exist, so there is nowhere to write a generated migration.");
                assertThat(analysis.getAction()).contains("migrate.dev.source-dir");
            });
    }

    @Test
    void autoDiffTrueRunsOutsideTheDevProfileAndNeedsPostgres() {
        runner().withPropertyValues("migrate.dev.auto-diff=true").run((context) -> {
            assertThat(context).hasFailed();
            FailureAnalysis analysis = new MigrateFailureAnalyzer().analyze(context.getStartupFailure());
            assertThat(analysis.getDescription()).startsWith("The application's database is H2, but generating a "
                    + "migration from the entities replays the migration directory on PostgreSQL.");
            assertThat(analysis.getAction()).contains("migrate.dev.url");
        });
    }

    @Test
    void theDiffCommandRunsWithoutTheDevProfileOnTheDevDatabaseItIsGiven() {
        runner().withPropertyValues("migrate.diff=add_notes", "migrate.dev.url=jdbc:h2:mem:dev").run((context) -> {
            assertThat(context).hasFailed();
            assertThat(new MigrateFailureAnalyzer().analyze(context.getStartupFailure()).getDescription())
                .contains("The dev database is H2, but replaying migrations needs PostgreSQL");
        });
    }

    @Test
    void driftIsReportedUnlessSwitchedOff() {
        runner().run((context) -> assertThat(context).hasSingleBean(EntityDrift.class));
        runner().withPropertyValues("migrate.drift.enabled=false")
            .run((context) -> assertThat(context).doesNotHaveBean(EntityDrift.class));
    }

    @Test
    void driftOfANonPostgresDatabaseIsUnknown() {
        runner().run((context) -> assertThat(context.getBean(EntityDrift.class).current().status())
            .isEqualTo(DriftReport.Status.UNKNOWN));
    }

    @Configuration(proxyBeanMethods = false)
    @EntityScan(basePackageClasses = Note.class)
    static class NotesConfiguration {

    }

}
