package dev.migrate.autoconfigure.dev;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.autoconfigure.MigrationDirectoryFixture;
import dev.migrate.autoconfigure.entities.MigrateEntitiesAutoConfiguration;
import dev.migrate.autoconfigure.liquibase.MigrateLiquibaseAutoConfiguration;
import dev.migrate.testing.FreshDatabases;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A dev start whose entities, settings and directory did not change since a start found them in sync is known to be
 * in sync without Hibernate's mapping or the dev database; any change to the directory brings the full diff back.
 */
@ExtendWith(OutputCaptureExtension.class)
@ExtendWith(TestDatabases.class)
class UnchangedDevStartTests {

    private static final String UNCHANGED = "Entities unchanged since a start found them in sync";

    @TempDir
    Path source;

    @ParameterizedTest
    @ValueSource(strings = { "postgresql", "h2" })
    void anUnchangedStartSkipsTheDiffAndAChangedDirectoryDoesNot(String database, CapturedOutput output,
            FreshDatabases databases) throws IOException {
        if (database.equals("h2")) {
            check("jdbc:h2:mem:unchanged_" + System.nanoTime(), "sa", "", output);
            return;
        }
        TestDatabase postgres = databases.postgres();
        check(postgres.url(), postgres.username(), postgres.password(), output);
    }

    private void check(String url, String user, String password, CapturedOutput output) throws IOException {
        MigrationDirectoryFixture fixture = new MigrationDirectoryFixture(this.source)
            .liquibase("20250101000000_create_notes.sql",
                    "CREATE TABLE notes (id BIGINT NOT NULL, title VARCHAR(100), PRIMARY KEY (id));")
            .hash();
        ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                    LiquibaseAutoConfiguration.class, HibernateJpaAutoConfiguration.class,
                    MigrateLiquibaseAutoConfiguration.class, MigrateAutoConfiguration.class,
                    MigrateEntitiesAutoConfiguration.class))
            .withUserConfiguration(NotesConfiguration.class)
            .withPropertyValues("spring.datasource.url=" + url, "spring.datasource.username=" + user,
                    "spring.datasource.password=" + password,
                    "spring.jpa.hibernate.ddl-auto=validate", "spring.profiles.active=dev",
                    "migrate.dir=file:" + this.source, "migrate.dev.source-dir=" + this.source);

        runner.run((context) -> assertThat(context).hasNotFailed());
        assertThat(output).contains("Entities are in sync with").doesNotContain(UNCHANGED);

        runner.run((context) -> assertThat(context).hasNotFailed());
        assertThat(output.getOut().lines().filter((line) -> line.contains(UNCHANGED))).hasSize(1);

        fixture.liquibase("20250102000000_add_index.sql", "CREATE INDEX ix_notes_title ON notes (title);").hash();
        runner.run((context) -> assertThat(context).hasNotFailed());
        assertThat(output.getOut().lines().filter((line) -> line.contains(UNCHANGED))).as("the directory changed")
            .hasSize(1);
        assertThat(Files.list(this.source).count()).as("a hand-written index is no reason for a migration")
            .isEqualTo(3);
    }

}
