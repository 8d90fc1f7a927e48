package dev.migrate.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import javax.sql.DataSource;

import dev.migrate.devdb.DevDatabase;
import dev.migrate.devdb.ReplayedSchema;
import dev.migrate.dir.MigrationDirectory;
import dev.migrate.dir.MigrationFormat;

/**
 * The whole-diff scenario every dialect's dev database test runs: a users table, then the same table with an email
 * column and index, written as atlas migrations whose replay is cached in the dev database.
 */
public final class DevDiffScenario {

    public static final List<String> USERS = List.of(
            "create table users (id bigint primary key, name varchar(50) not null unique)");

    public static final List<String> USERS_WITH_EMAIL = List.of(
            "create table users (id bigint primary key, name varchar(80) not null unique, email varchar(254))",
            "create index users_email_idx on users (email)");

    private DevDiffScenario() {
    }

    /** Replaying the directory on this dev database comes from the cache. */
    public static void assertReplayedFromCache(DevDatabase dev, Path directory) {
        try (ReplayedSchema replayed = dev.replay(MigrationDirectory.ofPath(directory), MigrationFormat.ATLAS)) {
            assertThat(replayed.cacheHit()).isTrue();
        }
    }

    /** A new connection to the dev database, the next run's, replays the directory from the cache too. */
    public static void assertCachedForTheNextRun(DataSource dataSource, Path directory) {
        try (DevDatabase nextRun = DevDatabase.connect(dataSource);
                ReplayedSchema replayed = nextRun.replay(MigrationDirectory.ofPath(directory), MigrationFormat.ATLAS)) {
            assertThat(replayed.cacheHit()).as("cache kept in the dev database for the next run").isTrue();
        }
    }

}
