package dev.migrate.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import dev.migrate.devdb.DevDatabase;
import dev.migrate.devdb.ScratchSchema;
import dev.migrate.dir.MigrationFormat;
import dev.migrate.dir.WrittenMigration;
import dev.migrate.generate.DiffOptions;
import dev.migrate.generate.SchemaDiffSession;
import dev.migrate.testing.DevDiffScenario;
import dev.migrate.testing.TestMySql;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * The dev database on MariaDB, where a schema is a database: scratch databases, the replay cache, the in-sync memo
 * and a killed run's leftovers, through whole diffs.
 */
class MySqlDevDatabaseTests {

    @TempDir
    Path directory;

    @AfterEach
    void dropCaches() {
        TestMySql.server().dropCachesOf(directory);
    }

    @Test
    void diffsReplaysFromTheCacheAndLeavesNoScratchDatabase() throws Exception {
        DataSource dataSource = dataSource(TestMySql.server().serverUrl());
        List<String> v1 = DevDiffScenario.USERS;
        List<String> v2 = DevDiffScenario.USERS_WITH_EMAIL;
        long backend;
        try (DevDatabase dev = DevDatabase.connect(dataSource)) {
            assertThat(dev.dialect().id()).isEqualTo("mariadb");
            backend = connectionId(dev.connection());
            SchemaDiffSession session = new SchemaDiffSession(dev, DiffOptions.DEFAULTS);
            WrittenMigration first = session.generate(v1, directory, MigrationFormat.ATLAS, Optional.empty())
                .orElseThrow();
            assertThat(Files.readString(first.files().get(0))).contains("CREATE TABLE `users` (\n"
                    + "  `id` bigint NOT NULL,\n  `name` varchar(50) NOT NULL,\n  PRIMARY KEY (`id`),\n");
            WrittenMigration second = session.generate(v2, directory, MigrationFormat.ATLAS, Optional.of("email"))
                .orElseThrow();
            assertThat(Files.readString(second.files().get(0)))
                .contains("ALTER TABLE `users` ADD COLUMN `email` varchar(254) NULL;")
                .contains("ALTER TABLE `users` MODIFY COLUMN `name` varchar(80) NOT NULL;")
                .contains("CREATE INDEX `users_email_idx` ON `users` (`email`);");
            assertThat(session.generate(v2, directory, MigrationFormat.ATLAS, Optional.empty())).isEmpty();
            DevDiffScenario.assertReplayedFromCache(dev, directory);
        }
        DevDiffScenario.assertCachedForTheNextRun(dataSource, directory);
        try (Connection connection = dataSource.getConnection()) {
            // Only this run's: other builds may share the server and have scratch databases of their own right now.
            assertThat(scratchDatabasesOf(connection, backend)).as("no scratch database left").isEmpty();
            // The replay cache and the memo of the in-sync diff, each a database whose comment names the directory.
            assertThat(databasesOf(connection, directory)).hasSize(2)
                .anyMatch(name -> name.matches("migrate_cache_[0-9a-f]{12}"))
                .anyMatch(name -> name.matches("migrate_cache_sync_[0-9a-f]{12}"));
        }
    }

    @Test
    void removesScratchDatabasesOfRunsThatAreGone() throws SQLException {
        DataSource dataSource = dataSource(TestMySql.server().serverUrl());
        DevDatabase killed = DevDatabase.connect(dataSource);
        String leftover = killed.createScratchSchema().name();
        try (Connection connection = dataSource.getConnection()) {
            assertThat(databases(connection, leftover)).containsExactly(leftover);
        }
        killed.close(); // its connection ends without dropping the database, as when the JVM is killed
        try (DevDatabase next = DevDatabase.connect(dataSource)) {
            assertThat(databases(next.connection(), leftover)).as("removed when the next run connected").isEmpty();
        }
    }

    @Test
    void keepsTheScratchDatabaseOfARunStillGoing() throws SQLException {
        DataSource dataSource = dataSource(TestMySql.server().serverUrl());
        try (DevDatabase running = DevDatabase.connect(dataSource);
                ScratchSchema scratch = running.createScratchSchema()) {
            try (DevDatabase other = DevDatabase.connect(dataSource)) {
                assertThat(databases(other.connection(), scratch.name())).containsExactly(scratch.name());
            }
        }
    }

    private static long connectionId(Connection connection) throws SQLException {
        try (ResultSet row = connection.createStatement().executeQuery("select connection_id()")) {
            row.next();
            return row.getLong(1);
        }
    }

    /** The scratch databases whose marker names the given connection as their owner. */
    private static List<String> scratchDatabasesOf(Connection connection, long backend) throws SQLException {
        List<String> names = new ArrayList<>();
        for (String name : databases(connection, "migrate_scratch_")) {
            try (ResultSet rows = connection.createStatement().executeQuery("select schema_comment from "
                    + "information_schema.schemata where schema_name = '" + name + "'")) {
                if (rows.next() && String.valueOf(rows.getString(1)).startsWith(
                        "migrate scratch schema; owner pid=" + backend + " ")) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    private static List<String> databases(Connection connection, String prefix) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rows = connection.createStatement().executeQuery("select schema_name from "
                + "information_schema.schemata where schema_name like '" + prefix.replace("_", "\\_") + "%'")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    private static List<String> databasesOf(Connection connection, Path directory) throws SQLException {
        List<String> names = new ArrayList<>();
        try (var query = connection.prepareStatement("select schema_name from information_schema.schemata "
                + "where schema_comment like concat('%directory=', ?)")) {
            query.setString(1, directory.toString());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
        }
        return names;
    }

    static DataSource dataSource(String url) throws SQLException {
        MariaDbDataSource dataSource = new MariaDbDataSource();
        dataSource.setUrl(url);
        return dataSource;
    }

}
