package dev.migrate.dir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationWriterTests {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-22T10:15:30Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private String read(String name) throws IOException {
        return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
    }

    private void assertValid() {
        assertThat(IntegrityVerifier.verify(MigrationDirectory.ofPath(dir), true).problems()).isEmpty();
    }

    @Test
    void addsAnAtlasMigrationAndItsSumLine() throws IOException {
        WrittenMigration written = new MigrationWriter(dir, NOW).add(MigrationFormat.ATLAS,
                new NewMigration("create_users", "CREATE TABLE users (id int);", null));

        assertThat(written.version()).isEqualTo("20261122101530");
        assertThat(written.files()).containsExactly(dir.resolve("20261122101530_create_users.sql"));
        assertThat(read("20261122101530_create_users.sql")).isEqualTo("CREATE TABLE users (id int);\n");
        assertThat(Directories.sumText(dir)).isEqualTo(written.sum().render())
            .contains("20261122101530_create_users.sql h1:");
        assertValid();
    }

    @Test
    void golangMigrateAndFlywayGetAReverseFile() throws IOException {
        new MigrationWriter(dir, NOW).add(MigrationFormat.GOLANG_MIGRATE,
                new NewMigration("t", "CREATE TABLE t (id int);", "DROP TABLE t;"));
        assertThat(read("20261122101530_t.down.sql")).isEqualTo("DROP TABLE t;\n");

        Path flyway = Files.createDirectory(dir.resolve("flyway"));
        new MigrationWriter(flyway, NOW).add(MigrationFormat.FLYWAY, NewMigration.empty("empty"));
        assertThat(flyway.resolve("V20261122101530__empty.sql")).exists();
        assertThat(flyway.resolve("U20261122101530__empty.sql")).exists();
        assertThat(IntegrityVerifier.verify(MigrationDirectory.ofPath(flyway), true).ok()).isTrue();
    }

    @Test
    void liquibaseFilesAreFormattedSqlWithRollback() throws IOException {
        new MigrationWriter(dir, NOW).add(MigrationFormat.LIQUIBASE,
                new NewMigration("add_email", "ALTER TABLE users ADD email text;",
                        "ALTER TABLE users DROP COLUMN email;"));

        assertThat(read("20261122101530_add_email.sql")).isEqualTo("""
                -- liquibase formatted sql

                -- changeset migrate:20261122101530_add_email
                ALTER TABLE users ADD email text;
                -- rollback ALTER TABLE users DROP COLUMN email;
                """);
    }

    @Test
    void secondMigrationInTheSameSecondGetsTheNextVersion() {
        MigrationWriter writer = new MigrationWriter(dir, NOW);
        writer.add(MigrationFormat.ATLAS, NewMigration.empty("a"));

        assertThat(writer.add(MigrationFormat.ATLAS, NewMigration.empty("b")).version()).isEqualTo("20261122101531");
        assertValid();
    }

    @Test
    void refusesADirectoryThatDoesNotValidateAndLeavesItUntouched() throws IOException {
        MigrationWriter writer = new MigrationWriter(dir, NOW);
        writer.add(MigrationFormat.ATLAS, new NewMigration("a", "SELECT 1;", null));
        Files.writeString(dir.resolve("20261122101530_a.sql"), "SELECT 2;\n");
        Map<String, String> before = Directories.snapshot(dir);

        assertThatThrownBy(() -> writer.add(MigrationFormat.ATLAS, NewMigration.empty("b")))
            .isInstanceOf(IntegrityException.class)
            .hasMessageContaining("You have a checksum error in your migration directory.")
            .hasMessageContaining("L2: 20261122101530_a.sql was edited")
            .satisfies(ex -> assertThat(((IntegrityException) ex).fix()).contains("./mvnw migrate:hash"));
        assertThat(Directories.snapshot(dir)).isEqualTo(before);
    }

    @Test
    void refusesBadNamesAndMissingDirectories() {
        assertThatThrownBy(() -> NewMigration.empty("add email"))
            .hasMessage("'add email' is not a valid migration name.");
        assertThatThrownBy(() -> new MigrationWriter(dir.resolve("missing")).add(MigrationFormat.ATLAS,
                NewMigration.empty("x")))
            .hasMessageContaining("does not exist");
    }

    @Test
    void rehashAcceptsAnIntendedEdit() throws IOException {
        MigrationWriter writer = new MigrationWriter(dir, NOW);
        writer.add(MigrationFormat.ATLAS, new NewMigration("a", "SELECT 1;", null));
        Files.writeString(dir.resolve("20261122101530_a.sql"), "SELECT 2;\n");

        writer.rehash();

        assertValid();
    }

    @Test
    void completedWriteWithLeftoverJournalIsCleanedOnTheNextWrite() throws IOException {
        MigrationWriter writer = new MigrationWriter(dir, NOW);
        writer.add(MigrationFormat.ATLAS, NewMigration.empty("a"));
        WriteJournal.in(dir).begin(List.of("20261122101530_a.sql")); // crash after the sum, before the cleanup
        assertValid();

        writer.add(MigrationFormat.ATLAS, NewMigration.empty("b"));

        assertThat(dir.resolve(WriteJournal.FILE_NAME)).doesNotExist();
        assertThat(dir.toFile().list()).noneMatch(name -> name.endsWith(".tmp"));
    }

    @Test
    void threadsNeverShareAVersion() throws Exception {
        MigrationWriter writer = new MigrationWriter(dir, NOW);
        List<Thread> threads = new ArrayList<>();
        List<String> versions = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < 4; t++) {
            int id = t;
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 5; i++) {
                    versions.add(writer.add(MigrationFormat.ATLAS, NewMigration.empty("t" + id + "_" + i)).version());
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(versions).hasSize(20).doesNotHaveDuplicates();
        assertValid();
    }

    @Test
    void processesNeverShareAVersion() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Process> processes = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            processes.add(new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    ConcurrentWriterMain.class.getName(), dir.toString(), "p" + p, "4")
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("writer-p" + p + ".log").toFile())
                .start());
        }
        for (Process process : processes) {
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).isZero();
        }

        MigrationSet set = MigrationSet.of(MigrationDirectory.ofPath(dir), MigrationFormat.ATLAS);
        assertThat(set.files()).hasSize(12);
        assertThat(set.files()).extracting(MigrationFile::version).doesNotHaveDuplicates();
        assertValid();
    }

}
