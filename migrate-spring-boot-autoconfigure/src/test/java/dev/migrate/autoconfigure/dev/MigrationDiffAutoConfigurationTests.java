package dev.migrate.autoconfigure.dev;

import java.nio.file.Path;
import java.time.Duration;

import javax.sql.DataSource;

import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.autoconfigure.MigrateFailureAnalyzer;
import dev.migrate.autoconfigure.MigrationDirectoryFixture;
import dev.migrate.autoconfigure.drift.DriftReport;
import dev.migrate.autoconfigure.drift.EntityDrift;
import dev.migrate.autoconfigure.entities.ApplicationEntities;
import dev.migrate.autoconfigure.entities.MigrateEntitiesAutoConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * When a diff runs at startup, and what it says when it cannot, on an embedded H2 application whose directory is in
 * sync with its one entity.
 */
@ExtendWith(OutputCaptureExtension.class)
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
    void autoDiffTrueRunsOutsideTheDevProfile(CapturedOutput output) {
        runner().withPropertyValues("migrate.dev.auto-diff=true").run((context) -> {
            assertThat(context).hasNotFailed().hasSingleBean(MigrationDiffRunner.class);
            assertThat(output).contains("Entities are in sync with " + this.dir.toAbsolutePath());
        });
    }

    @Test
    void theDiffCommandRunsWithoutTheDevProfileAndExitsWhenTheApplicationIsReady() {
        runner().withPropertyValues("migrate.diff=add_notes").run((context) -> {
            assertThat(context).hasNotFailed().hasSingleBean(MigrationDiffRunner.class)
                .hasSingleBean(MigrationDiffExit.class);
            assertThat(context.getBean(MigrationDiffRunner.class).written()).isEmpty();
        });
    }

    @Test
    void theDiffCommandFailsWhenTheApplicationCannotDiff() {
        runner().withPropertyValues("migrate.diff=add_notes", "migrate.enabled=false").run((context) -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(MigrationDiffRunner.class);
            ApplicationReadyEvent ready = new ApplicationReadyEvent(new SpringApplication(), new String[0],
                    (ConfigurableApplicationContext) context.getSourceApplicationContext(), Duration.ZERO);
            assertThatExceptionOfType(MigrationDiffException.class)
                .isThrownBy(() -> new MigrationDiffUnavailable().onApplicationEvent(ready))
                .withMessageContaining("the application has nothing to diff");
        });
    }

    @Test
    void driftIsReportedUnlessSwitchedOff() {
        runner().run((context) -> assertThat(context).hasSingleBean(EntityDrift.class));
        runner().withPropertyValues("migrate.drift.enabled=false")
            .run((context) -> assertThat(context).doesNotHaveBean(EntityDrift.class));
    }

    @Test
    void driftOfAnEmptyH2DatabaseIsTheEntitiesTables() {
        runner().run((context) -> {
            DriftReport drift = context.getBean(EntityDrift.class).compute();
            assertThat(drift.status()).as(drift.reason()).isEqualTo(DriftReport.Status.DRIFTED);
            assertThat(drift.changes()).extracting(DriftReport.Change::description)
                .containsExactly("create \"notes\" table");
            assertThat(new JdbcTemplate(context.getBean(DataSource.class)).queryForList(
                    "SELECT schema_name FROM information_schema.schemata WHERE schema_name LIKE 'MIGRATE%'",
                    String.class))
                .as("built in a private in-memory database, not the live one")
                .isEmpty();
        });
    }

}
