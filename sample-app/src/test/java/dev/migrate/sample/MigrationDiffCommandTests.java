package dev.migrate.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --migrate.diff=NAME} in a real process: it writes the migration and exits with code 0, applying nothing;
 * a failure exits non-zero with the failure analysis.
 */
class MigrationDiffCommandTests {

    @TempDir
    Path temp;

    private TestDatabase database;

    @BeforeEach
    void createDatabase() {
        this.database = TestPostgres.server().createDatabase();
    }

    @AfterEach
    void dropDatabase() {
        this.database.close();
    }

    @Test
    void writesTheMigrationAndExitsWithoutApplyingAnything() throws Exception {
        Path source = DevDirectories.behindTheEntities(this.temp.resolve("src"));

        Run run = run("--migrate.dev.source-dir=" + source, "--migrate.diff=align_keys");

        assertThat(run.exitCode()).as(run.output()).isZero();
        List<Path> written;
        try (var files = Files.list(source)) {
            written = files.filter((f) -> f.getFileName().toString().endsWith("_align_keys.sql")).toList();
        }
        assertThat(written).hasSize(1);
        assertThat(Files.readString(source.resolve("atlas.sum"), StandardCharsets.UTF_8))
            .contains(written.get(0).getFileName() + " h1:");
        assertThat(run.output()).contains("exiting (--migrate.diff): nothing was applied");
        assertThat(tables()).isEmpty();
    }

    @Test
    void exitsNonZeroWithTheReasonWhenTheDiffFails() throws Exception {
        Path missing = this.temp.resolve("missing");

        Run run = run("--migrate.dev.source-dir=" + missing, "--migrate.diff=anything");

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.output()).contains("APPLICATION FAILED TO START",
                "The migration source directory " + missing + " does not exist");
        assertThat(tables()).isEmpty();
    }

    private Run run(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
            .toString(), "-cp", System.getProperty("java.class.path"), SampleApplication.class.getName(),
                "--spring.profiles.active=postgres", "--spring.datasource.url=" + this.database.url(),
                "--spring.datasource.username=" + this.database.username(),
                "--spring.datasource.password=" + this.database.password()));
        command.addAll(List.of(arguments));
        Path log = this.temp.resolve("output.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("The application did not exit:\n" + Files.readString(log));
        }
        return new Run(process.exitValue(), Files.readString(log));
    }

    private List<String> tables() throws Exception {
        List<String> tables = new ArrayList<>();
        try (Connection connection = this.database.connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    private record Run(int exitCode, String output) {
    }

}
