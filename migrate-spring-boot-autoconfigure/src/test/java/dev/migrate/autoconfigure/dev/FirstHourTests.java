package dev.migrate.autoconfigure.dev;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.autoconfigure.MigrateFailureAnalyzer;
import dev.migrate.autoconfigure.MigrationDirectoryFixture;
import dev.migrate.autoconfigure.entities.MigrateEntitiesAutoConfiguration;
import dev.migrate.autoconfigure.integrity.MigrationIntegrityException;
import dev.migrate.autoconfigure.integrity.MissingMigrationDirectoryException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a new user meets in the first hour, on an embedded H2 application with one entity: a missing or mistyped
 * {@code migrate.dir}, the source folder in {@code dev}, and {@code on-failure=warn}.
 */
@ExtendWith(OutputCaptureExtension.class)
class FirstHourTests {

    @TempDir
    Path dir;

    private ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                    HibernateJpaAutoConfiguration.class, MigrateAutoConfiguration.class,
                    MigrateEntitiesAutoConfiguration.class))
            .withUserConfiguration(NotesConfiguration.class)
            .withPropertyValues("spring.datasource.url=jdbc:h2:mem:" + System.nanoTime(),
                    "spring.jpa.hibernate.ddl-auto=none", "migrate.format=atlas");
    }

    @Test
    void aMistypedDirectoryStopsTheStartNamingThePropertyThePathAndTheWaysForward() {
        runner().withPropertyValues("migrate.dir=classpath:db/migration").run((context) -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().isInstanceOf(MissingMigrationDirectoryException.class);
            FailureAnalysis analysis = new MigrateFailureAnalyzer().analyze(context.getStartupFailure());
            assertThat(analysis.getDescription()).isEqualTo("The migration directory classpath:db/migration "
                    + "(migrate.dir) does not exist on the class path (src/main/resources/db/migration in the "
                    + "sources). The application did not start, and no SQL reached the database.");
            assertThat(analysis.getAction()).contains("set it to the one that holds your migrations")
                .contains("./mvnw spring-boot:run -Dspring-boot.run.profiles=dev")
                .contains("./mvnw migrate:diff");
        });
    }

    @Test
    void aMissingFileDirectoryStopsTheStartToo() {
        Path missing = this.dir.resolve("nowhere");
        runner().withPropertyValues("migrate.dir=file:" + missing).run((context) -> {
            assertThat(context).hasFailed();
            FailureAnalysis analysis = new MigrateFailureAnalyzer().analyze(context.getStartupFailure());
            assertThat(analysis.getDescription()).contains("file:" + missing + " (migrate.dir) does not exist");
        });
    }

    @Test
    void inDevTheFirstStartCreatesTheSourceFolderAndWritesTheFirstMigration(CapturedOutput output) throws Exception {
        // Relative to the working directory, whose first folder (target) exists, as src/ does in a project.
        String relative = "target/first-hour-" + System.nanoTime() + "/db/migrations";
        Path source = Path.of(relative).toAbsolutePath();
        Path runtime = Files.createDirectories(this.dir.resolve("runtime"));
        runner().withPropertyValues("spring.profiles.active=dev", "migrate.dir=file:" + runtime,
                "migrate.dev.source-dir=" + relative)
            .run((context) -> assertThat(context).hasNotFailed());
        assertThat(output).contains("Created the migration source directory " + source);
        try (var files = Files.list(source)) {
            assertThat(files.map((file) -> file.getFileName().toString()).sorted())
                .hasSize(2).last().isEqualTo("atlas.sum");
        }
        // Copied into the runtime folder, so the executor of this run applies it.
        assertThat(runtime.resolve("atlas.sum")).hasSameTextualContentAs(source.resolve("atlas.sum"));
    }

    @Test
    void anAbsoluteSourceFolderThatDoesNotExistIsNeverCreated() throws Exception {
        Path source = this.dir.resolve("elsewhere/db/migrations");
        Path runtime = Files.createDirectories(this.dir.resolve("runtime"));
        runner().withPropertyValues("spring.profiles.active=dev", "migrate.dir=file:" + runtime,
                "migrate.dev.source-dir=" + source)
            .run((context) -> assertThat(context).hasFailed());
        assertThat(source).doesNotExist();
    }

    @Test
    void inDevTheGateChecksTheSourceFolderNotTheStaleCopy() throws Exception {
        MigrationDirectoryFixture source = folder("source");
        MigrationDirectoryFixture runtime = folder("runtime");
        for (MigrationDirectoryFixture fixture : new MigrationDirectoryFixture[] { source, runtime }) {
            fixture.write("1_create_notes.sql", "CREATE TABLE notes (id BIGINT PRIMARY KEY, title VARCHAR(100));")
                .hash();
        }
        // Deleted in src/ (and atlas.sum not updated); the build's copy still has it.
        source.delete("1_create_notes.sql");
        devRunner(source, runtime).run((context) -> {
            assertThat(context).hasFailed();
            // Before any bean exists: the failure is the gate's own.
            assertThat(context.getStartupFailure()).isInstanceOf(MigrationIntegrityException.class);
            FailureAnalysis analysis = new MigrateFailureAnalyzer().analyze(context.getStartupFailure());
            assertThat(analysis.getDescription()).contains(source.path().toString())
                .contains("1_create_notes.sql was removed");
        });
    }

    @Test
    void inDevAStaleBuildCopyIsUpdatedFromTheSourceFolderAndTheLogSaysSo(CapturedOutput output) throws Exception {
        // A project's layout: the source folder inside the working directory, the runtime one on the class path.
        String relative = "target/first-hour-" + System.nanoTime() + "/db/migrations";
        MigrationDirectoryFixture source = new MigrationDirectoryFixture(Files.createDirectories(Path.of(relative)));
        Path classes = this.dir.resolve("classes");
        MigrationDirectoryFixture runtime = new MigrationDirectoryFixture(
                Files.createDirectories(classes.resolve("db/migrations")));
        source.write("1_create_notes.sql", "CREATE TABLE notes (id BIGINT PRIMARY KEY, title VARCHAR(100));").hash();
        // The last build copied a file that was deleted from the source folder since (and re-hashed there).
        runtime.write("1_create_notes.sql", "CREATE TABLE notes (id BIGINT PRIMARY KEY, title VARCHAR(100));")
            .write("2_old.sql", "CREATE TABLE old (id BIGINT);")
            .hash();
        try (URLClassLoader classPath = new URLClassLoader(new URL[] { classes.toUri().toURL() },
                getClass().getClassLoader())) {
            runner().withClassLoader(classPath)
                .withPropertyValues("spring.profiles.active=dev", "migrate.dir=classpath:db/migrations",
                        "migrate.dev.source-dir=" + relative, "migrate.dev.url=jdbc:h2:mem:dev" + System.nanoTime())
                .run((context) -> assertThat(context).hasNotFailed());
        }
        assertThat(output).contains("The runtime migration directory " + runtime.path() + " differed from the "
                + "source folder " + source.path().toAbsolutePath()
                + " (atlas.sum out of date, 2_old.sql no longer in the source folder)");
        assertThat(runtime.path().resolve("2_old.sql")).doesNotExist();
        assertThat(runtime.read("atlas.sum")).isEqualTo(source.read("atlas.sum"));
    }

    @Test
    void aFileDirectoryOfTheUsersIsNeverChangedOnlyReported(CapturedOutput output) throws Exception {
        MigrationDirectoryFixture source = folder("source");
        MigrationDirectoryFixture runtime = folder("runtime");
        source.write("1_create_notes.sql", "CREATE TABLE notes (id BIGINT PRIMARY KEY, title VARCHAR(100));").hash();
        runtime.write("1_create_notes.sql", "CREATE TABLE notes (id BIGINT PRIMARY KEY, title VARCHAR(100));")
            .write("2_old.sql", "CREATE TABLE old (id BIGINT);")
            .hash();
        devRunner(source, runtime).run((context) -> assertThat(context).hasNotFailed());
        assertThat(output).contains("The runtime migration directory " + runtime.path() + " differs from the "
                + "source folder " + source.path() + " (atlas.sum out of date, 2_old.sql no longer in the source "
                + "folder); this run applies " + runtime.location());
        assertThat(runtime.path().resolve("2_old.sql")).exists();
    }

    @Test
    void onFailureWarnDoesNotSayTheApplicationDidNotStart(CapturedOutput output) throws Exception {
        MigrationDirectoryFixture directory = folder("dir");
        directory.write("1_create_notes.sql", "CREATE TABLE notes (id BIGINT PRIMARY KEY);").hash()
            .write("1_create_notes.sql", "CREATE TABLE notes (id BIGINT PRIMARY KEY, title VARCHAR(100));");
        runner().withPropertyValues("migrate.dir=" + directory.location(), "migrate.integrity.on-failure=warn")
            .run((context) -> assertThat(context).hasNotFailed());
        assertThat(output).contains("1_create_notes.sql was edited")
            .contains("The application starts anyway because migrate.integrity.on-failure=warn")
            .doesNotContain("did not start");
    }

    private ApplicationContextRunner devRunner(MigrationDirectoryFixture source, MigrationDirectoryFixture runtime) {
        return runner().withPropertyValues("spring.profiles.active=dev", "migrate.dir=" + runtime.location(),
                "migrate.dev.source-dir=" + source.path(), "migrate.dev.url=jdbc:h2:mem:dev" + System.nanoTime());
    }

    private MigrationDirectoryFixture folder(String name) throws Exception {
        return new MigrationDirectoryFixture(Files.createDirectories(this.dir.resolve(name)));
    }

}
