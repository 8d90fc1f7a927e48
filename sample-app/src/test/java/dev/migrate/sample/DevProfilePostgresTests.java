package dev.migrate.sample;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The sample application started twice with profiles {@code postgres,dev} on a fresh database, with a source
 * directory one migration behind the entities and a separate runtime directory (as {@code target/classes} is).
 */
@ExtendWith(OutputCaptureExtension.class)
@ExtendWith(TestDatabases.class)
class DevProfilePostgresTests {

    @TempDir
    Path temp;

    private TestDatabase database;

    @Test
    void generatesTheMigrationAppliesItInTheSameRunAndThenFindsTheSchemaInSync(CapturedOutput output)
            throws Exception {
        Path source = DevDirectories.behindTheEntities(this.temp.resolve("src"));
        Path runtime = DevDirectories.copy(source, this.temp.resolve("classes"));

        List<Path> before = sqlFilesIn(source);
        try (ConfigurableApplicationContext context = start(source, runtime)) {
            List<Path> generated = sqlFilesIn(source);
            generated.removeAll(before);
            assertThat(generated).hasSize(1);
            String name = generated.get(0).getFileName().toString();
            assertThat(name).matches("\\d{14}_update_book_tags\\.sql");
            // Only the cascade differs; the hand-named primary key matches the entities' by definition.
            assertThat(Files.readString(generated.get(0))).contains("-- liquibase formatted sql",
                    "ADD CONSTRAINT fk_book_tags_tag FOREIGN KEY (tag_id) REFERENCES tags (id);", "-- rollback ")
                .doesNotContain("PRIMARY KEY");
            assertThat(Files.readString(source.resolve("atlas.sum"), StandardCharsets.UTF_8))
                .containsPattern("(?m)^" + name + " h1:\\S+$");
            assertThat(runtime.resolve(name)).hasSameTextualContentAs(generated.get(0));
            assertThat(output).contains("Generated migration " + generated.get(0));
            // Liquibase applied it in this run, and Hibernate's validation accepted the schema.
            assertThat(appliedChangesets()).hasSize(5).last().asString().endsWith("/" + name);
            assertThat(primaryKeyOf("book_tags")).isEqualTo("pk_book_tags");
        }

        try (ConfigurableApplicationContext context = start(source, runtime)) {
            assertThat(DevDirectories.sqlFiles(source)).isEqualTo(5);
            assertThat(output).contains("Entities are in sync with " + source.toAbsolutePath());
        }
    }

    @Test
    void refusesToStartWhenTheSourceDirectoryIsMissing() throws Exception {
        Path runtime = DevDirectories.behindTheEntities(this.temp.resolve("classes"));
        Path missing = this.temp.resolve("no-such-dir");
        assertThat(catchThrowable(() -> start(missing, runtime).close()))
            .hasRootCauseMessage("The migration source directory " + missing + " does not exist, so there is "
                    + "nowhere to write a generated migration.");
        assertThat(appliedChangesets()).isEmpty();
    }

    private ConfigurableApplicationContext start(Path source, Path runtime) {
        // Arguments, as a developer passes them, so they win over application-postgres.properties.
        return new SpringApplicationBuilder(SampleApplication.class).profiles("postgres", "dev")
            .run("--spring.datasource.url=" + this.database.url(),
                    "--spring.datasource.username=" + this.database.username(),
                    "--spring.datasource.password=" + this.database.password(), "--server.port=0",
                    "--migrate.dir=file:" + runtime, "--migrate.dev.source-dir=" + source);
    }

    private static List<Path> sqlFilesIn(Path directory) throws Exception {
        try (Stream<Path> files = Files.list(directory)) {
            return new ArrayList<>(files.filter((f) -> f.toString().endsWith(".sql")).toList());
        }
    }

    private List<String> appliedChangesets() throws Exception {
        try (Connection connection = this.database.connect(); Statement statement = connection.createStatement()) {
            ResultSet exists = statement.executeQuery("SELECT to_regclass('databasechangelog') IS NOT NULL");
            exists.next();
            if (!exists.getBoolean(1)) {
                return List.of();
            }
            ResultSet rows = statement.executeQuery("SELECT filename FROM databasechangelog ORDER BY orderexecuted");
            List<String> files = new ArrayList<>();
            while (rows.next()) {
                files.add(rows.getString(1));
            }
            return files;
        }
    }

    private String primaryKeyOf(String table) throws Exception {
        try (Connection connection = this.database.connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT conname FROM pg_constraint WHERE contype = 'p' "
                        + "AND conrelid = '" + table + "'::regclass")) {
            rows.next();
            return rows.getString(1);
        }
    }

}
