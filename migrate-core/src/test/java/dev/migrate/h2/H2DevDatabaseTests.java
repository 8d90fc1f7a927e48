package dev.migrate.h2;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import dev.migrate.devdb.DevDatabase;
import dev.migrate.dir.MigrationFormat;
import dev.migrate.dir.WrittenMigration;
import dev.migrate.generate.DiffOptions;
import dev.migrate.generate.SchemaDiffSession;
import dev.migrate.testing.DevDiffScenario;
import dev.migrate.testing.TestDatabases;
import dev.migrate.testing.TestH2Database;

/** The dev database on H2: scratch schemas, the replay cache and leftovers, through a whole diff. */
@ExtendWith(TestDatabases.class)
class H2DevDatabaseTests {

    @TempDir
    Path directory;

    @Test
    void diffsReplaysFromTheCacheAndLeavesNoScratchSchema(TestH2Database database) throws Exception {
        DataSource dataSource = database.dataSource();
        List<String> v1 = DevDiffScenario.USERS;
        List<String> v2 = DevDiffScenario.USERS_WITH_EMAIL;
        try (DevDatabase dev = DevDatabase.connect(dataSource)) {
            SchemaDiffSession session = new SchemaDiffSession(dev, DiffOptions.DEFAULTS);
            WrittenMigration first = session.generate(v1, directory, MigrationFormat.ATLAS, Optional.empty())
                .orElseThrow();
            assertThat(first.files().get(0).getFileName().toString()).endsWith("_create_users.sql");
            WrittenMigration second = session.generate(v2, directory, MigrationFormat.ATLAS, Optional.of("email"))
                .orElseThrow();
            assertThat(java.nio.file.Files.readString(second.files().get(0)))
                .contains("ALTER TABLE users ADD COLUMN email CHARACTER VARYING(254);")
                .contains("ALTER TABLE users ALTER COLUMN name SET DATA TYPE CHARACTER VARYING(80);")
                .contains("CREATE INDEX users_email_idx ON users (email);");
            assertThat(session.generate(v2, directory, MigrationFormat.ATLAS, Optional.empty())).isEmpty();
            DevDiffScenario.assertReplayedFromCache(dev, directory);
        }
        DevDiffScenario.assertCachedForTheNextRun(dataSource, directory);
        try (Connection connection = database.connect();
                var rows = connection.createStatement().executeQuery("select schema_name from "
                        + "information_schema.schemata where schema_name like 'MIGRATE%' order by 1")) {
            List<String> names = new java.util.ArrayList<>();
            while (rows.next()) {
                names.add(rows.getString(1));
            }
            // The replay cache, and the memo of the in-sync diff; no scratch schema.
            assertThat(names).hasSize(2).anyMatch(name -> name.matches("MIGRATE_CACHE_[0-9A-F]{12}"))
                .anyMatch(name -> name.matches("MIGRATE_CACHE_SYNC_[0-9A-F]{12}"));
        }
    }

    @Test
    void removesScratchSchemasOfSessionsThatAreGone(TestH2Database database) throws SQLException {
        try (Connection keeper = database.connect()) {
            DevDatabase killed = DevDatabase.connect(database.dataSource());
            String leftover = killed.createScratchSchema().name();
            killed.close(); // its session ends without dropping the schema
            try (DevDatabase next = DevDatabase.connect(database.dataSource())) {
                assertThat(next.removeLeftovers()).isEmpty(); // already removed when it connected
                assertThat(next.dialect().devSchemas().withPrefix(next.connection(), "migrate_scratch_"))
                    .doesNotContainKey(leftover);
            }
        }
    }

}
