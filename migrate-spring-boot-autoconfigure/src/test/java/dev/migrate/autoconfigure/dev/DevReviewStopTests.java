package dev.migrate.autoconfigure.dev;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.autoconfigure.MigrationDirectoryFixture;
import dev.migrate.autoconfigure.entities.MigrateEntitiesAutoConfiguration;
import dev.migrate.autoconfigure.integrity.MigrationIntegrityException;
import dev.migrate.autoconfigure.liquibase.MigrateLiquibaseAutoConfiguration;
import dev.migrate.testing.FreshDatabases;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import dev.migrate.testing.TestH2Database;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Risky changes stop a dev start for review, with Liquibase on PostgreSQL and H2: the migration is written, nothing
 * is applied, the message lists the statements (and the RENAME for a likely rename); the file may then be edited, the
 * next start re-hashes it in one line and applies it. {@code migrate.dev.apply-risky-changes} applies at once.
 */
@ExtendWith(OutputCaptureExtension.class)
@ExtendWith(TestDatabases.class)
class DevReviewStopTests {

    /** The directory has {@code heading}; the entity calls the same column {@code title}. */
    private static final String NOTES = "CREATE TABLE notes (id BIGINT NOT NULL, heading VARCHAR(100), "
            + "PRIMARY KEY (id));";

    @TempDir
    Path dir;

    private FreshDatabases databases;

    @ParameterizedTest
    @ValueSource(strings = { "postgresql", "h2" })
    void aLikelyRenameStopsForReviewAndTheEditedFileIsReHashedAndApplied(String database, CapturedOutput output)
            throws Exception {
        withDatabase(database, (db) -> {
            Path source = directory();
            ApplicationContextRunner runner = runner(db, source);
            runner.withPropertyValues("migrate.dev.auto-diff=false").run((context) -> assertThat(context)
                .as("the directory as it stood, applied by an earlier start").hasNotFailed());
            insert(db, "INSERT INTO notes (id, heading) VALUES (1, 'kept')");
            StringBuilder rename = new StringBuilder();
            runner.run((context) -> {
                assertThat(context).hasFailed();
                Throwable stop = rootCause(context.getStartupFailure());
                assertThat(stop).isInstanceOf(MigrationDiffException.class)
                    .hasMessageContaining("did not apply it: it holds changes to review first")
                    .hasMessageContaining("DS103 (destructive): Dropping non-virtual column \"heading\"");
                assertThat(((MigrationDiffException) stop).fix())
                    .contains("migrate.dev.apply-risky-changes=true");
                List<String> lines = stop.getMessage().lines().toList();
                for (int i = 0; i < lines.size() - 1; i++) {
                    if (lines.get(i).endsWith("replace the drop and the add with:")) {
                        rename.append(lines.get(i + 1).strip());
                    }
                }
            });
            assertThat(rename.toString()).matches("ALTER TABLE notes (RENAME COLUMN heading TO title|ALTER COLUMN "
                    + "heading RENAME TO title);");
            Path generated = generated(source);
            assertThat(Files.readString(generated)).contains("-- DS103 (destructive): Dropping non-virtual column");
            assertThat(columns(db)).as("nothing was applied").containsExactlyInAnyOrder("id", "heading");

            // The edit the message asks for: the drop and the add replaced by the statement it printed.
            String edited = Files.readString(generated).lines()
                .filter((line) -> !line.startsWith("ALTER TABLE"))
                .reduce("", (text, line) -> text + line + "\n") + rename + "\n";
            Files.writeString(generated, edited);

            runner.run((context) -> assertThat(context).hasNotFailed());
            assertThat(output).contains("Re-hashed atlas.sum for [" + generated.getFileName() + "]: edited after it "
                    + "was generated and before it was applied");
            assertThat(columns(db)).containsExactlyInAnyOrder("id", "title");
            assertThat(rows(db, "SELECT count(*) FROM notes WHERE title = 'kept'")).isOne();

            Files.writeString(generated, edited + "-- edited once applied\n");
            runner.run((context) -> {
                assertThat(context).as("an applied file is never re-hashed").hasFailed();
                assertThat(context.getStartupFailure()).rootCause().isInstanceOf(MigrationIntegrityException.class);
            });
        });
    }

    @ParameterizedTest
    @ValueSource(strings = { "postgresql", "h2" })
    void applyRiskyChangesAppliesAtOnce(String database) throws Exception {
        withDatabase(database, (db) -> {
            Path source = directory();
            runner(db, source).withPropertyValues("migrate.dev.apply-risky-changes=true")
                .run((context) -> assertThat(context).hasNotFailed());
            assertThat(columns(db)).containsExactlyInAnyOrder("id", "title");
        });
    }

    private Path directory() throws IOException {
        Path source = Files.createDirectories(this.dir.resolve("migrations-" + UUID.randomUUID()));
        new MigrationDirectoryFixture(source).liquibase("20250101000000_create_notes.sql", NOTES).hash();
        return source;
    }

    private static ApplicationContextRunner runner(Db db, Path source) {
        return new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                    LiquibaseAutoConfiguration.class, HibernateJpaAutoConfiguration.class,
                    MigrateLiquibaseAutoConfiguration.class, MigrateAutoConfiguration.class,
                    MigrateEntitiesAutoConfiguration.class))
            .withUserConfiguration(NotesConfiguration.class)
            .withPropertyValues("spring.datasource.url=" + db.url(), "spring.datasource.username=" + db.user(),
                    "spring.datasource.password=" + db.password(), "spring.jpa.hibernate.ddl-auto=none",
                    "spring.profiles.active=dev", "migrate.dir=file:" + source, "migrate.dev.source-dir=" + source);
    }

    private static Path generated(Path source) throws IOException {
        try (Stream<Path> files = Files.list(source)) {
            return files.filter((file) -> file.getFileName().toString().endsWith(".sql"))
                .filter((file) -> !file.getFileName().toString().startsWith("20250101000000"))
                .filter((file) -> !file.getFileName().toString().contains(".down."))
                .sorted()
                .findFirst()
                .orElseThrow();
        }
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static List<String> columns(Db db) {
        return jdbc(db).queryForList("SELECT lower(column_name) FROM information_schema.columns "
                + "WHERE lower(table_name) = 'notes' AND lower(table_schema) = 'public'", String.class);
    }

    private static int rows(Db db, String sql) {
        return jdbc(db).queryForObject(sql, Integer.class);
    }

    private static void insert(Db db, String sql) {
        jdbc(db).update(sql);
    }

    private static JdbcTemplate jdbc(Db db) {
        return new JdbcTemplate(new DriverManagerDataSource(db.url(), db.user(), db.password()));
    }

    private void withDatabase(String database, DbWork work) throws Exception {
        if (database.equals("h2")) {
            TestH2Database h2 = this.databases.h2();
            work.run(new Db(h2.url(), h2.username(), h2.password()));
            return;
        }
        TestDatabase postgres = this.databases.postgres();
            work.run(new Db(postgres.url(), postgres.username(), postgres.password()));
        }

    private record Db(String url, String user, String password) {
    }

    private interface DbWork {
        void run(Db db) throws Exception;
    }

}
