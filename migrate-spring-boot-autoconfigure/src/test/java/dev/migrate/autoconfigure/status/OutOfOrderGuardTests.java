package dev.migrate.autoconfigure.status;

import java.nio.file.Path;
import java.time.Duration;

import javax.sql.DataSource;

import dev.migrate.autoconfigure.BlackHoleServer;
import dev.migrate.autoconfigure.MigrationDirectoryFixture;
import dev.migrate.autoconfigure.database.DatabaseStateReader;
import dev.migrate.autoconfigure.directory.MigrationDirectorySnapshot;
import dev.migrate.autoconfigure.integrity.IntegrityGate;
import dev.migrate.autoconfigure.liquibase.LiquibaseAppliedMigrationsReader;
import dev.migrate.dir.MigrationDirectory;
import dev.migrate.dir.MigrationFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The out-of-order guard reads the executor's history before the executor runs; a database that accepts the
 * connection and never answers must not hold startup longer than {@code migrate.database.timeout}.
 */
class OutOfOrderGuardTests {

    @TempDir
    Path dir;

    @Test
    void givesUpAfterTheTimeoutWhenTheDatabaseHangs() throws Exception {
        new MigrationDirectoryFixture(this.dir).sampleLiquibase();
        MigrationDirectorySnapshot directory = new MigrationDirectorySnapshot(this.dir.toString(),
                MigrationDirectory.ofPath(this.dir), MigrationFormat.LIQUIBASE, true);
        try (BlackHoleServer hung = new BlackHoleServer()) {
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setURL(hung.postgresUrl());
            OutOfOrderGuard guard = guard(directory, dataSource, Duration.ofMillis(500));

            long start = System.nanoTime();
            // Before the fix this never returned; the preemptive bound only keeps a regression from hanging the build.
            assertTimeoutPreemptively(Duration.ofSeconds(60), guard::afterPropertiesSet);
            long millis = (System.nanoTime() - start) / 1_000_000;

            assertThat(hung.connections()).isPositive();
            assertThat(millis).isLessThan(10_000);
        }
    }

    private static OutOfOrderGuard guard(MigrationDirectorySnapshot directory, DataSource dataSource,
            Duration timeout) {
        DatabaseStateReader reader = new DatabaseStateReader(dataSource,
                new LiquibaseAppliedMigrationsReader("DATABASECHANGELOG"), timeout);
        return new OutOfOrderGuard(new IntegrityGate(directory, null), directory, reader, false, timeout);
    }

}
