package dev.migrate.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.migrate.sample.SampleProcess.Run;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --migrate.diff=NAME} in a real process: it writes the migration and exits with code 0, applying nothing;
 * a failure exits non-zero with the failure analysis.
 */
@ExtendWith(TestDatabases.class)
class MigrationDiffCommandTests {

    @TempDir
    Path temp;

    private TestDatabase database;

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
        return SampleProcess.run(this.database, this.temp.resolve("output.log"), arguments);
    }

    private List<String> tables() throws Exception {
        return SampleProcess.tables(this.database);
    }

}
