package dev.migrate.hibernate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import dev.migrate.devdb.DevDatabase;
import dev.migrate.dir.MigrationFormat;
import dev.migrate.dir.WrittenMigration;
import dev.migrate.generate.DiffOptions;
import dev.migrate.generate.SchemaDiffSession;
import dev.migrate.postgres.Postgres;
import dev.migrate.schema.InspectOptions;
import dev.migrate.schema.Schema;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;

/**
 * A scripted series of entity changes (packages {@code series.v1} to {@code v9}): each step's generated migration
 * applies on the application's database, Hibernate's validation accepts the result, and its reverse restores the
 * schema of the step before.
 */
@ExtendWith(TestDatabases.class)
class EntityChangeSeriesTests {

    private static final String SERIES = "dev.migrate.hibernate.series.";

    @TempDir
    Path directory;

    @Test
    void everyStepAppliesValidatesAndReverts(TestDatabase devDb, TestDatabase app) throws Exception {
        List<Step> steps = List.of(new Step("v1", "create_author_and_book"), new Step("v2", "add_email_to_author"),
                new Step("v3", "drop_email_from_author"), new Step("v4", "alter_title_in_book"),
                new Step("v5", "add_author_id_to_book"), new Step("v6", "create_publisher"),
                new Step("v7", "drop_publisher"), new Step("v8", "add_index_to_book"),
                new Step("v9", "update_author"));
        try (DevDatabase dev = DevDatabase.connect(devDb.dataSource());
                Connection appConnection = app.connect()) {
            SchemaDiffSession session = new SchemaDiffSession(dev, new DiffOptions(true));
            for (Step step : steps) {
                EntityModel model = EntityModel.scan(getClass().getClassLoader(), SERIES + step.version());
                List<String> script = EntitySchemaScript.create(model, HibernateSettings.postgresql());
                WrittenMigration written = session
                    .generate(script, directory, MigrationFormat.GOLANG_MIGRATE, Optional.empty())
                    .orElseThrow(() -> new AssertionError(step + " produced no migration"));
                assertThat(written.files().get(0).getFileName().toString()).as(step.version())
                    .endsWith("_" + step.expectedName() + ".up.sql");

                Schema before = inspect(appConnection);
                ScriptRunner.runFile(appConnection, written.files().get(0));
                HibernateValidation.validate(model, app);
                ScriptRunner.runFile(appConnection, written.files().get(1));
                assertThat(Postgres.dialect().differ().diff(before, inspect(appConnection))).as(step + " reverted").isEmpty();
                ScriptRunner.runFile(appConnection, written.files().get(0));

                assertThat(session.generate(script, directory, MigrationFormat.GOLANG_MIGRATE, Optional.empty()))
                    .as(step + " diffed again").isEmpty();
            }
            assertThat(Files.readString(lastUpFile(), StandardCharsets.UTF_8))
                .contains("-- likely rename: \"author\".\"name\" is dropped and \"full_name\" of the same type")
                .contains("--   ALTER TABLE author RENAME COLUMN name TO full_name;");
        }
    }

    @Test
    void aRemovedEntitysTableIsLeftAloneByDefault(TestDatabase devDb) throws Exception {
        try (DevDatabase dev = DevDatabase.connect(devDb.dataSource())) {
            SchemaDiffSession session = new SchemaDiffSession(dev, DiffOptions.DEFAULTS);
            session.generate(script("v6"), directory, MigrationFormat.LIQUIBASE, Optional.empty()).orElseThrow();

            assertThat(session.generate(script("v7"), directory, MigrationFormat.LIQUIBASE, Optional.empty()))
                .isEmpty();
        }
    }

    private List<String> script(String version) {
        return EntitySchemaScript.create(EntityModel.scan(getClass().getClassLoader(), SERIES + version),
                HibernateSettings.postgresql());
    }

    private Path lastUpFile() throws Exception {
        try (var files = Files.list(directory)) {
            return files.filter(file -> file.toString().endsWith(".up.sql")).sorted().reduce((a, b) -> b)
                .orElseThrow();
        }
    }

    private static Schema inspect(Connection connection) {
        return Postgres.dialect().inspect(connection, InspectOptions.schema("public"));
    }

    private record Step(String version, String expectedName) {
    }

}
