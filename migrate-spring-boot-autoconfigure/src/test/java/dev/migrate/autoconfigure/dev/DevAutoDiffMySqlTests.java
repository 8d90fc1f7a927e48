package dev.migrate.autoconfigure.dev;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.autoconfigure.MigrationDirectoryFixture;
import dev.migrate.autoconfigure.entities.MigrateEntitiesAutoConfiguration;
import dev.migrate.autoconfigure.flyway.MigrateFlywayAutoConfiguration;
import dev.migrate.autoconfigure.liquibase.MigrateLiquibaseAutoConfiguration;
import dev.migrate.testing.TestDatabases;
import dev.migrate.testing.TestMySql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dev auto-diff on MariaDB, with the application's database as the dev database: the generated migration lands in
 * the source directory, Liquibase or Flyway ({@code flyway-mysql}) applies it in the same run, Hibernate validates
 * the result, and no scratch database is left on the server.
 */
@ExtendWith(TestDatabases.class)
class DevAutoDiffMySqlTests {

    @TempDir
    Path dir;

    private TestMySql.Database database;

    @AfterEach
    void dropCaches() {
        TestMySql.server().dropCachesOf(this.dir.resolve("src"));
    }

    @Test
    void liquibaseAppliesTheGeneratedMigrationInTheSameRun() throws IOException {
        Path source = Files.createDirectories(this.dir.resolve("src"));
        new MigrationDirectoryFixture(source)
            .liquibase("20250101000000_create_notes.sql", "CREATE TABLE notes (id BIGINT NOT NULL, PRIMARY KEY (id));")
            .hash();
        Path runtime = DevDirectories.buildCopy(source);
        runner(LiquibaseAutoConfiguration.class, MigrateLiquibaseAutoConfiguration.class)
            .withPropertyValues("migrate.dir=file:" + runtime, "migrate.dev.source-dir=" + source)
            .run((context) -> {
                assertThat(context).hasNotFailed();
                List<String> names = names(source);
                assertThat(names).hasSize(3).anyMatch((name) -> name.matches("\\d{14}_add_title_to_notes\\.sql"));
                String generated = Files.readString(source.resolve(names.stream()
                    .filter((name) -> name.contains("add_title")).findFirst().orElseThrow()));
                assertThat(generated).contains("ALTER TABLE `notes` ADD COLUMN `title` varchar(100) NULL;")
                    .contains("-- rollback ALTER TABLE `notes` DROP COLUMN `title`;");
                JdbcTemplate jdbc = jdbc();
                assertThat(jdbc.queryForList("SELECT filename FROM DATABASECHANGELOG ORDER BY orderexecuted",
                        String.class)).hasSize(2).last().asString().contains("add_title_to_notes");
                assertThat(titleLength(jdbc)).isEqualTo(100);
                assertThat(jdbc.queryForList("SELECT schema_name FROM information_schema.schemata "
                        + "WHERE schema_name LIKE 'migrate\\_scratch\\_%'", String.class)).isEmpty();
            });
    }

    @Test
    void flywayAppliesTheGeneratedMigrationInTheSameRun() throws IOException {
        Path source = Files.createDirectories(this.dir.resolve("src"));
        new MigrationDirectoryFixture(source)
            .write("V20250101000000__create_notes.sql", "CREATE TABLE notes (id BIGINT NOT NULL, PRIMARY KEY (id));\n")
            .hash();
        Path runtime = DevDirectories.buildCopy(source);
        runner(FlywayAutoConfiguration.class, MigrateFlywayAutoConfiguration.class)
            .withPropertyValues("migrate.format=flyway", "migrate.dir=file:" + runtime,
                    "migrate.dev.source-dir=" + source)
            .run((context) -> {
                assertThat(context).hasNotFailed();
                assertThat(names(source)).hasSize(4)
                    .anyMatch((name) -> name.matches("V\\d{14}__add_title_to_notes\\.sql"))
                    .anyMatch((name) -> name.matches("U\\d{14}__add_title_to_notes\\.sql"));
                JdbcTemplate jdbc = jdbc();
                assertThat(jdbc.queryForList("SELECT script FROM flyway_schema_history WHERE type = 'SQL' "
                        + "ORDER BY installed_rank", String.class))
                    .hasSize(2).last().asString().matches("V\\d{14}__add_title_to_notes\\.sql");
                assertThat(titleLength(jdbc)).isEqualTo(100);
            });
    }

    private ApplicationContextRunner runner(Class<?> executor, Class<?> migrateExecutor) {
        return new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, executor,
                    HibernateJpaAutoConfiguration.class, migrateExecutor, MigrateAutoConfiguration.class,
                    MigrateEntitiesAutoConfiguration.class))
            .withUserConfiguration(NotesConfiguration.class)
            .withPropertyValues("spring.datasource.url=" + this.database.url(),
                    "spring.jpa.hibernate.ddl-auto=validate", "spring.profiles.active=dev");
    }

    private Integer titleLength(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT character_maximum_length FROM information_schema.columns "
                + "WHERE table_schema = ? AND table_name = 'notes' AND column_name = 'title'", Integer.class,
                this.database.name());
    }

    private JdbcTemplate jdbc() {
        return new JdbcTemplate(new DriverManagerDataSource(this.database.url()));
    }

    private static List<String> names(Path directory) throws IOException {
        return DevDirectories.files(directory).stream().map((file) -> file.getFileName().toString()).toList();
    }

}
