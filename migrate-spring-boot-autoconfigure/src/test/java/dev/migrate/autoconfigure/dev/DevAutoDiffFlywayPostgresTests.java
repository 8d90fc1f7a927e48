package dev.migrate.autoconfigure.dev;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.autoconfigure.MigrationDirectoryFixture;
import dev.migrate.autoconfigure.entities.MigrateEntitiesAutoConfiguration;
import dev.migrate.autoconfigure.flyway.MigrateFlywayAutoConfiguration;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dev auto-diff with Flyway on PostgreSQL: the new {@code V} and {@code U} files land in the source directory and
 * the runtime one, Flyway applies the {@code V} file in the same run, and Hibernate validates the result.
 */
@ExtendWith(TestDatabases.class)
class DevAutoDiffFlywayPostgresTests {

    @TempDir
    Path dir;

    @Test
    void generatesVersionedAndUndoFilesThatFlywayAppliesInTheSameRun(TestDatabase database) throws IOException {
        Path source = Files.createDirectories(this.dir.resolve("src"));
        new MigrationDirectoryFixture(source)
            .write("V20250101000000__create_notes.sql", "CREATE TABLE notes (id BIGINT NOT NULL, PRIMARY KEY (id));\n")
            .hash();
        Path runtime = DevDirectories.buildCopy(source);

        new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class,
                    HibernateJpaAutoConfiguration.class, MigrateFlywayAutoConfiguration.class,
                    MigrateAutoConfiguration.class, MigrateEntitiesAutoConfiguration.class))
            .withUserConfiguration(NotesConfiguration.class)
            .withPropertyValues("spring.datasource.url=" + database.url(),
                    "spring.datasource.username=" + database.username(),
                    "spring.datasource.password=" + database.password(),
                    "spring.jpa.hibernate.ddl-auto=validate", "spring.profiles.active=dev",
                    "migrate.format=flyway", "migrate.dir=file:" + runtime, "migrate.dev.source-dir=" + source)
            .run((context) -> {
                assertThat(context).hasNotFailed();
                List<String> names = DevDirectories.files(source).stream().map((file) -> file.getFileName().toString()).toList();
                assertThat(names).hasSize(4).anyMatch((name) -> name.matches("V\\d{14}__add_title_to_notes\\.sql"))
                    .anyMatch((name) -> name.matches("U\\d{14}__add_title_to_notes\\.sql"));
                assertThat(DevDirectories.files(runtime)).hasSize(4);
                JdbcTemplate jdbc = new JdbcTemplate(database.dataSource());
                assertThat(jdbc.queryForList("SELECT script FROM flyway_schema_history WHERE type = 'SQL' "
                        + "ORDER BY installed_rank", String.class))
                    .hasSize(2)
                    .last().asString().matches("V\\d{14}__add_title_to_notes\\.sql");
                assertThat(jdbc.queryForObject("SELECT character_maximum_length FROM information_schema.columns "
                        + "WHERE table_name = 'notes' AND column_name = 'title'", Integer.class)).isEqualTo(100);
            });
    }

    @Test
    void dropsTablesNoEntityMapsOnlyWhenAskedTo(TestDatabase database) throws IOException {
        Path source = Files.createDirectories(this.dir.resolve("src"));
        new MigrationDirectoryFixture(source)
            .write("V20250101000000__create_notes.sql",
                    "CREATE TABLE notes (id BIGINT NOT NULL, title VARCHAR(100), PRIMARY KEY (id));\n"
                            + "CREATE TABLE legacy_audit (id BIGINT NOT NULL, PRIMARY KEY (id));\n")
            .hash();
        Path runtime = DevDirectories.buildCopy(source);
        ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class,
                    HibernateJpaAutoConfiguration.class, MigrateFlywayAutoConfiguration.class,
                    MigrateAutoConfiguration.class, MigrateEntitiesAutoConfiguration.class))
            .withUserConfiguration(NotesConfiguration.class)
            .withPropertyValues("spring.datasource.url=" + database.url(),
                    "spring.datasource.username=" + database.username(),
                    "spring.datasource.password=" + database.password(), "spring.profiles.active=dev",
                    "migrate.format=flyway", "migrate.dir=file:" + runtime, "migrate.dev.source-dir=" + source);

        runner.run((context) -> {
            assertThat(context).hasNotFailed();
            assertThat(DevDirectories.files(source)).as("unmapped tables are left alone by default").hasSize(2);
        });
        runner.withPropertyValues("migrate.diff.drop-unmapped-tables=true", "migrate.dev.apply-risky-changes=true").run((context) -> {
            assertThat(context).hasNotFailed();
            Path drop = DevDirectories.files(source).stream()
                .filter((file) -> file.getFileName().toString().matches("V\\d{14}__.*\\.sql"))
                .filter((file) -> !file.getFileName().toString().startsWith("V20250101000000"))
                .findFirst()
                .orElseThrow();
            assertThat(Files.readString(drop)).contains("DROP TABLE").contains("legacy_audit");
            assertThat(new JdbcTemplate(database.dataSource()).queryForObject(
                    "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public' "
                            + "AND table_name = 'legacy_audit'", Integer.class))
                .isZero();
        });
    }

}
