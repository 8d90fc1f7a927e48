package dev.migrate.devdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import dev.migrate.dir.MigrationFormat;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;

@ExtendWith(TestDatabases.class)
class ReplayCacheTests {

    @TempDir
    Path folder;

    private TestDatabase db;
    private DevDatabase dev;
    private TestDirectory dir;

    @BeforeEach
    void connect(TestDatabase database) {
        db = database;
        dev = DevDatabase.connect(db.dataSource());
        dir = new TestDirectory(folder).add("1_users.sql", "create table users (id int primary key);")
            .add("2_posts.sql", "create table posts (id int, user_id int references users);");
    }

    @AfterEach
    void close() {
        dev.close();
    }

    @Test
    void anUnchangedDirectoryIsServedFromTheCacheWithoutExecutingAnything() throws SQLException {
        String cached;
        try (ReplayedSchema first = dev.replay(dir.directory(), MigrationFormat.ATLAS)) {
            assertThat(first.cacheHit()).isFalse();
            assertThat(first.report().statements()).isEqualTo(2);
            assertThat(first.name()).matches("migrate_cache_[0-9a-f]{12}");
            cached = first.name();
        }
        assertThat(Catalog.tables(dev.connection(), cached)).containsExactly("posts", "users");

        try (DevDatabase nextRun = DevDatabase.connect(db.dataSource());
                ReplayedSchema second = nextRun.replay(dir.directory(), MigrationFormat.ATLAS)) {
            assertThat(second.cacheHit()).isTrue();
            assertThat(second.report()).isEqualTo(ReplayReport.NOTHING);
            assertThat(second.name()).isEqualTo(cached);
        }
        assertThat(Catalog.schemasStartingWith(dev.connection(), "migrate_")).containsExactly(cached);
    }

    @Test
    void aChangedDirectoryIsReplayedAgainAndReplacesItsOldCache() throws SQLException {
        String old;
        try (ReplayedSchema first = dev.replay(dir.directory(), MigrationFormat.ATLAS)) {
            old = first.name();
        }
        dir.add("3_tags.sql", "create table tags (id int);");

        try (ReplayedSchema second = dev.replay(dir.directory(), MigrationFormat.ATLAS)) {
            assertThat(second.cacheHit()).isFalse();
            assertThat(second.report().statements()).isEqualTo(3);
            assertThat(second.name()).isNotEqualTo(old);
            assertThat(Catalog.tables(dev.connection(), second.name())).containsExactly("posts", "tags", "users");
            assertThat(Catalog.schemasStartingWith(dev.connection(), "migrate_")).containsExactly(second.name());
        }
    }

    @Test
    void anotherDirectoryKeepsItsOwnCache() throws Exception {
        Path otherFolder = Files.createDirectory(folder.resolve("other"));
        TestDirectory other = new TestDirectory(otherFolder).add("1_things.sql", "create table things (id int);");

        try (ReplayedSchema first = dev.replay(dir.directory(), MigrationFormat.ATLAS);
                ReplayedSchema second = dev.replay(other.directory(), MigrationFormat.ATLAS)) {
            assertThat(Catalog.schemasStartingWith(dev.connection(), "migrate_cache_"))
                .containsExactlyInAnyOrder(first.name(), second.name());
        }
    }

    @Test
    void theFormatIsPartOfTheKey() {
        try (ReplayedSchema atlas = dev.replay(dir.directory(), MigrationFormat.ATLAS);
                ReplayedSchema liquibase = dev.replay(dir.directory(), MigrationFormat.LIQUIBASE)) {
            assertThat(liquibase.cacheHit()).isFalse();
            assertThat(liquibase.name()).isNotEqualTo(atlas.name());
        }
    }

    @Test
    void aCacheWithoutItsMarkerIsRebuilt() throws SQLException {
        String name;
        try (ReplayedSchema first = dev.replay(dir.directory(), MigrationFormat.ATLAS)) {
            name = first.name();
        }
        db.execute("comment on schema " + name + " is null");

        try (ReplayedSchema second = dev.replay(dir.directory(), MigrationFormat.ATLAS)) {
            assertThat(second.cacheHit()).isFalse();
            assertThat(second.name()).isEqualTo(name);
            assertThat(Catalog.tables(dev.connection(), name)).containsExactly("posts", "users");
        }
    }

    @Test
    void aFailedReplayCachesNothing() throws SQLException {
        dir.add("3_broken.sql", "create table broken (id int references nowhere);");

        assertThatThrownBy(() -> dev.replay(dir.directory(), MigrationFormat.ATLAS))
            .isInstanceOf(ReplayFailedException.class);
        assertThat(Catalog.schemasStartingWith(dev.connection(), "migrate_")).isEmpty();
    }

}
