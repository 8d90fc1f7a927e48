package dev.migrate.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import dev.migrate.dir.IntegrityVerifier;
import dev.migrate.dir.MigrationDirectory;
import dev.migrate.dir.MigrationWriter;
import dev.migrate.sample.SampleProcess.Run;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeResult.MergeStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --migrate.lint} and {@code --migrate.rebase} in a real process of the sample application, as a Gradle build
 * runs them: they work on {@code migrate.dev.source-dir}, apply nothing, and exit with the command's result.
 */
@ExtendWith(TestDatabases.class)
class CiCommandTests {

    private static final Path SAMPLE_MIGRATIONS = Path.of("src/main/resources/db/migrations");

    @TempDir
    Path temp;

    private TestDatabase database;

    @Test
    void lintsTheNewestMigrationAndExitsWithoutApplyingAnything() throws Exception {
        Path source = copyOfTheSampleMigrations(this.temp.resolve("migrations"));

        Run run = run("--migrate.dev.source-dir=" + source, "--migrate.lint", "--migrate.lint.latest=1");

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("1 file(s) linted, 0 error(s)");
        assertThat(tables()).isEmpty();
    }

    @Test
    void failsOnADestructiveMigrationWithTheLineToFix() throws Exception {
        Path source = copyOfTheSampleMigrations(this.temp.resolve("migrations"));
        Files.writeString(source.resolve("20270101000000_drop_published_year.sql"), """
                -- liquibase formatted sql

                -- changeset sample:20270101000000_drop_published_year
                ALTER TABLE books DROP COLUMN published_year;
                """, StandardCharsets.UTF_8);
        new MigrationWriter(source).rehash();

        Run run = run("--migrate.dev.source-dir=" + source, "--migrate.lint", "--migrate.lint.latest=1");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.output()).contains("20270101000000_drop_published_year.sql:4: DS103: Dropping non-virtual "
                + "column \"published_year\" from table \"books\" (error)", "1 file(s) linted, 1 error(s)");
        assertThat(tables()).isEmpty();
    }

    @Test
    void rebasesTheBranchAfterAMergeThatConflictedOnTheSum() throws Exception {
        Path repository = this.temp.resolve("repo");
        Path source = copyOfTheSampleMigrations(repository.resolve("db"));
        try (Git git = Git.init().setDirectory(repository.toFile()).setInitialBranch("main").call()) {
            commit(git, "sample migrations");
            git.branchCreate().setName("feature").call();
            addMigration(source, "20270102000000_add_isbn.sql", "ALTER TABLE books ADD COLUMN isbn VARCHAR(17);");
            commit(git, "main: isbn");
            git.checkout().setName("feature").call();
            addMigration(source, "20270101000000_add_pages.sql", "ALTER TABLE books ADD COLUMN pages INTEGER;");
            commit(git, "feature: pages");
            assertThat(git.merge().include(git.getRepository().resolve("main")).call().getMergeStatus())
                .isEqualTo(MergeStatus.CONFLICTING);
        }

        Run run = run("--migrate.dev.source-dir=" + source, "--migrate.rebase=main");

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("Renamed 20270101000000_add_pages.sql to ",
                "Resolved the merge conflict in atlas.sum");
        try (Stream<Path> files = Files.list(source)) {
            assertThat(files.map((file) -> file.getFileName().toString()).filter((name) -> name.endsWith("_add_pages.sql")))
                .singleElement().satisfies((name) -> assertThat(name).isGreaterThan("20270102000000"));
        }
        assertThat(IntegrityVerifier.verify(MigrationDirectory.ofPath(source), true).ok()).isTrue();
        assertThat(tables()).isEmpty();
    }

    private static Path copyOfTheSampleMigrations(Path target) throws IOException {
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(SAMPLE_MIGRATIONS)) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
        return target;
    }

    private static void addMigration(Path source, String name, String sql) throws IOException {
        String id = name.substring(0, name.length() - ".sql".length());
        Files.writeString(source.resolve(name), "-- liquibase formatted sql\n\n-- changeset sample:" + id + "\n" + sql
                + "\n", StandardCharsets.UTF_8);
        new MigrationWriter(source).rehash();
    }

    private static void commit(Git git, String message) throws Exception {
        git.add().addFilepattern(".").call();
        git.commit().setMessage(message).setAuthor("dev", "dev@example.com").setCommitter("dev", "dev@example.com")
            .setSign(false).call();
    }

    private Run run(String... arguments) throws IOException, InterruptedException {
        return SampleProcess.run(this.database, this.temp.resolve("output.log"), arguments);
    }

    private List<String> tables() throws Exception {
        return SampleProcess.tables(this.database);
    }

}
