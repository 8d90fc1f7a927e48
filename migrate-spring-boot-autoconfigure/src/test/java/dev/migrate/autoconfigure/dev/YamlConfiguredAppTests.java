package dev.migrate.autoconfigure.dev;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import dev.migrate.autoconfigure.MigrationDirectoryFixture;
import dev.migrate.autoconfigure.dev.notes.Note;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole application configured in {@code application.yml} (full auto-configuration, profile {@code dev}): the
 * nested {@code migrate.diff.drop-unmapped-indexes} is honoured and is not taken for the {@code --migrate.diff}
 * command, and the generated migration (an index drop, not a risky change) is applied in the same start.
 */
class YamlConfiguredAppTests {

    @TempDir
    Path source;

    @Test
    void yamlDiffOptionsApplyAndTheAppKeepsRunning() throws IOException {
        new MigrationDirectoryFixture(this.source)
            .liquibase("20250101000000_create_notes.sql", "CREATE TABLE notes (id BIGINT NOT NULL, title VARCHAR(100), "
                    + "PRIMARY KEY (id));\nCREATE INDEX ix_notes_title ON notes (title);")
            .hash();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(YamlApp.class)
            .web(WebApplicationType.NONE)
            .profiles("dev")
            .run("--spring.config.location=classpath:yaml-app/application.yml",
                    "--spring.datasource.url=jdbc:h2:mem:yaml_" + System.nanoTime(), "--migrate.dir=file:" + this.source,
                    "--migrate.dev.source-dir=" + this.source)) {
            assertThat(context.getBeansOfType(MigrationDiffExit.class)).as("no --migrate.diff command").isEmpty();
            List<Path> generated = sqlFiles().stream()
                .filter((file) -> !file.getFileName().toString().startsWith("20250101000000"))
                .toList();
            assertThat(generated).singleElement()
                .satisfies((file) -> assertThat(Files.readString(file)).containsIgnoringCase("DROP INDEX")
                    .containsIgnoringCase("ix_notes_title"));
            assertThat(new JdbcTemplate(context.getBean(javax.sql.DataSource.class)).queryForObject(
                    "SELECT count(*) FROM information_schema.indexes WHERE lower(index_name) = 'ix_notes_title' "
                            + "AND table_schema = 'PUBLIC'",
                    Integer.class)).isZero();
        }
    }

    private List<Path> sqlFiles() throws IOException {
        try (Stream<Path> files = Files.list(this.source)) {
            return files.filter((file) -> file.getFileName().toString().endsWith(".sql")).sorted().toList();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    @EntityScan(basePackageClasses = Note.class)
    static class YamlApp {

    }

}
