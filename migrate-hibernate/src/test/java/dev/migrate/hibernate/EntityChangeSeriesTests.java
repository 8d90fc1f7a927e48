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
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;

/**
 * A scripted series of entity changes (packages {@code series.v1} to {@code v9}): each step's generated migration
 * applies on the application's database, Hibernate's validation accepts the result, and its reverse restores the
 * schema of the step before.
 */
@ExtendWith(TestDatabases.class)
class EntityChangeSeriesTests {

    /** The name of each step's migration, {@code v1} to {@code v9}. */
    private static final List<String> NAMES = List.of("create_author_and_book", "add_email_to_author",
            "drop_email_from_author", "alter_title_in_book", "add_author_id_to_book", "create_publisher",
            "drop_publisher", "add_index_to_book", "update_author");

    @TempDir
    Path directory;

    @Test
    void everyStepAppliesValidatesAndReverts(TestDatabase devDb, TestDatabase app) throws Exception {
        try (DevDatabase dev = DevDatabase.connect(devDb.dataSource());
                Connection appConnection = app.connect()) {
            SchemaDiffSession session = new SchemaDiffSession(dev, new DiffOptions(true));
            List<WrittenMigration> written = new EntityChangeSeries(Postgres.dialect(), HibernateSettings.postgresql(),
                    appConnection, app.url(), InspectOptions.schema("public")).run(session, directory);
            for (int i = 0; i < NAMES.size(); i++) {
                assertThat(written.get(i).files().get(0).getFileName().toString()).as("v" + (i + 1))
                    .endsWith("_" + NAMES.get(i) + ".up.sql");
            }
            assertThat(Files.readString(EntityChangeSeries.lastUpFile(directory), StandardCharsets.UTF_8))
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

    private static List<String> script(String version) {
        return EntitySchemaScript.create(EntityChangeSeries.model(version), HibernateSettings.postgresql());
    }

}
