package dev.migrate.autoconfigure;

import java.nio.file.Path;

import dev.migrate.autoconfigure.integrity.MigrationIntegrityException;
import dev.migrate.autoconfigure.status.DatabaseStatus;
import dev.migrate.autoconfigure.status.MigrationStatus;
import dev.migrate.autoconfigure.status.MigrationStatusService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gate refuses to start for each kind of integrity problem, and the failure analysis names the directory, the
 * file, its line in atlas.sum and the reason, and says how to fix it.
 */
class IntegrityGateTests {

    @TempDir
    Path dir;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(MigrateAutoConfiguration.class));

    private MigrationDirectoryFixture fixture() {
        return new MigrationDirectoryFixture(this.dir).sampleLiquibase();
    }

    @Test
    void startsWhenTheDirectoryMatchesItsSum() {
        MigrationDirectoryFixture fixture = fixture();
        run(fixture, (context) -> assertThat(context).hasNotFailed());
    }

    @Test
    void editedFile() {
        MigrationDirectoryFixture fixture = fixture();
        fixture.write("20240102000000_create_books.sql", fixture.read("20240102000000_create_books.sql") + "-- x\n");
        FailureAnalysis analysis = failureOf(fixture);
        assertThat(analysis.getDescription()).contains(fixture.location())
            .contains("atlas.sum line 3")
            .contains("20240102000000_create_books.sql")
            .contains("edited");
        assertThat(analysis.getAction()).contains("20240102000000_create_books.sql")
            .contains("./mvnw migrate:hash")
            .containsIgnoringCase("restore");
    }

    @Test
    void lineEndingDamage() {
        MigrationDirectoryFixture fixture = fixture();
        fixture.write("20240103000000_add_title.sql",
                fixture.read("20240103000000_add_title.sql").replace("\n", "\r\n"));
        FailureAnalysis analysis = failureOf(fixture);
        assertThat(analysis.getDescription()).contains("atlas.sum line 4")
            .contains("20240103000000_add_title.sql")
            .contains("line endings");
        assertThat(analysis.getAction()).contains(".gitattributes").contains("eol=lf");
    }

    @Test
    void addedFile() {
        MigrationDirectoryFixture fixture = fixture();
        fixture.liquibase("20240104000000_add_isbn.sql", "ALTER TABLE books ADD COLUMN isbn VARCHAR(20);");
        FailureAnalysis analysis = failureOf(fixture);
        assertThat(analysis.getDescription()).contains(fixture.location())
            .contains("20240104000000_add_isbn.sql")
            .contains("added")
            .containsPattern("atlas\\.sum line \\d");
        assertThat(analysis.getAction()).contains("./mvnw migrate:hash");
    }

    @Test
    void removedFile() {
        MigrationDirectoryFixture fixture = fixture();
        fixture.delete("20240102000000_create_books.sql");
        FailureAnalysis analysis = failureOf(fixture);
        assertThat(analysis.getDescription()).contains(fixture.location())
            .contains("atlas.sum line 3")
            .contains("20240102000000_create_books.sql")
            .contains("removed");
        assertThat(analysis.getAction()).contains("20240102000000_create_books.sql").containsIgnoringCase("restore");
    }

    @Test
    void sumMissing() {
        MigrationDirectoryFixture fixture = fixture();
        fixture.delete("atlas.sum");
        FailureAnalysis analysis = failureOf(fixture);
        assertThat(analysis.getDescription()).contains(fixture.location())
            .contains("SUM_MISSING")
            .contains("not found");
        assertThat(analysis.getAction()).contains("./mvnw migrate:hash");
    }

    @Test
    void sumMissingIsAcceptedWhenNotRequired() {
        MigrationDirectoryFixture fixture = fixture();
        fixture.delete("atlas.sum");
        run(fixture, (context) -> assertThat(context).hasNotFailed(), "migrate.integrity.require-sum=false");
    }

    @Test
    void sumMalformed() {
        MigrationDirectoryFixture fixture = fixture();
        fixture.write("atlas.sum", fixture.read("atlas.sum").replace("20240102000000_create_books.sql h1:",
                "20240102000000_create_books.sql sha:"));
        FailureAnalysis analysis = failureOf(fixture);
        assertThat(analysis.getDescription()).contains(fixture.location())
            .contains("SUM_MALFORMED")
            .contains("atlas.sum line 3");
        assertThat(analysis.getAction()).contains("atlas.sum");
    }

    @Test
    void totalHandEdited() {
        MigrationDirectoryFixture fixture = fixture();
        String sum = fixture.read("atlas.sum");
        int end = sum.indexOf('\n');
        String total = sum.substring(3, end);
        String edited = (total.charAt(0) == 'A' ? "B" : "A") + total.substring(1);
        fixture.write("atlas.sum", "h1:" + edited + sum.substring(end));
        FailureAnalysis analysis = failureOf(fixture);
        assertThat(analysis.getDescription()).contains(fixture.location())
            .contains("atlas.sum line 1")
            .contains("CHECKSUM_MISMATCH");
        assertThat(analysis.getAction()).contains("atlas.sum");
    }

    @Test
    void warnsInsteadOfFailingWhenConfigured() {
        MigrationDirectoryFixture fixture = fixture();
        fixture.delete("20240102000000_create_books.sql");
        run(fixture, (context) -> assertThat(context).hasNotFailed(), "migrate.integrity.on-failure=warn");
    }

    @Test
    void doesNothingWhenDisabled() {
        MigrationDirectoryFixture fixture = fixture();
        fixture.delete("atlas.sum");
        run(fixture, (context) -> assertThat(context).hasNotFailed().doesNotHaveBean(MigrateProperties.class),
                "migrate.enabled=false");
    }

    @Test
    void twoFilesWithOneVersionStopStartupNamingBoth() {
        MigrationDirectoryFixture fixture = fixture();
        fixture.liquibase("20240103000000_add_isbn.sql", "ALTER TABLE books ADD COLUMN isbn VARCHAR(20);").hash();
        run(fixture, (context) -> {
            assertThat(context).hasFailed();
            FailureAnalysis analysis = new MigrateFailureAnalyzer().analyze(context.getStartupFailure());
            assertThat(analysis.getDescription()).contains("20240103000000_add_isbn.sql")
                .contains("20240103000000_add_title.sql");
            assertThat(analysis.getAction()).isNotBlank();
        });
    }

    @Test
    void reportsNoExecutorWithoutADataSource() {
        MigrationDirectoryFixture fixture = fixture();
        run(fixture, (context) -> {
            MigrationStatus status = context.getBean(MigrationStatusService.class).current();
            assertThat(status.database().executor()).isEqualTo("none");
            assertThat(status.databaseStatus()).isEqualTo(DatabaseStatus.NO_EXECUTOR);
            assertThat(status.database().error()).contains("Liquibase or Flyway");
            assertThat(status.migrations()).hasSize(3);
        });
    }

    private FailureAnalysis failureOf(MigrationDirectoryFixture fixture) {
        FailureAnalysis[] analysis = new FailureAnalysis[1];
        run(fixture, (context) -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().isInstanceOf(MigrationIntegrityException.class);
            analysis[0] = new MigrateFailureAnalyzer().analyze(context.getStartupFailure());
        });
        assertThat(analysis[0]).isNotNull();
        return analysis[0];
    }

    private void run(MigrationDirectoryFixture fixture,
            org.springframework.boot.test.context.runner.ContextConsumer<AssertableApplicationContext> consumer,
            String... properties) {
        this.runner.withPropertyValues("migrate.dir=" + fixture.location())
            .withPropertyValues(properties)
            .run(consumer);
    }

}
