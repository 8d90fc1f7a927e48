package dev.migrate.autoconfigure.actuate;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import dev.migrate.autoconfigure.BlackHoleServer;
import dev.migrate.autoconfigure.MigrationDirectoryFixture;
import dev.migrate.autoconfigure.database.CachedDatabaseState;
import dev.migrate.autoconfigure.database.DatabaseStateReader;
import dev.migrate.autoconfigure.directory.MigrationDirectorySnapshot;
import dev.migrate.autoconfigure.drift.CachedDrift;
import dev.migrate.autoconfigure.drift.DriftReport;
import dev.migrate.autoconfigure.drift.EntityDrift;
import dev.migrate.autoconfigure.liquibase.LiquibaseAppliedMigrationsReader;
import dev.migrate.autoconfigure.status.MigrationStatusService;
import dev.migrate.dir.MigrationDirectory;
import dev.migrate.dir.MigrationFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.actuate.endpoint.Show;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database that hangs: the database state and the drift are both stuck on sockets that never answer, yet every
 * response comes within {@code migrate.database.timeout}, the first as well as the ones after it, and says why.
 */
class MigrationsEndpointTimeBoundTests {

    private static final Duration TIMEOUT = Duration.ofMillis(500);

    @TempDir
    Path dir;

    @Test
    void answersWithinTheTimeoutWhileTheDatabaseAndTheDriftHang() throws Exception {
        new MigrationDirectoryFixture(this.dir).sampleLiquibase();
        try (BlackHoleServer hung = new BlackHoleServer()) {
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setURL(hung.postgresUrl());
            MigrationDirectorySnapshot directory = new MigrationDirectorySnapshot(this.dir.toString(),
                    MigrationDirectory.ofPath(this.dir), MigrationFormat.LIQUIBASE, true);
            CachedDatabaseState database = new CachedDatabaseState(new DatabaseStateReader(dataSource,
                    new LiquibaseAppliedMigrationsReader("DATABASECHANGELOG"), TIMEOUT), TIMEOUT,
                    Duration.ofSeconds(5));
            // The drift may take 5 s before it is abandoned; the response still waits no longer than the timeout.
            CachedDrift drift = new CachedDrift(new EntityDrift((dialect) -> List.of(), dataSource, () -> dataSource),
                    Duration.ofSeconds(5), Duration.ofSeconds(30));
            MigrationsEndpoint endpoint = new MigrationsEndpoint(new MigrationStatusService(directory, database),
                    Show.ALWAYS, Set.of(), drift, TIMEOUT);

            long slowest = 0;
            MigrationsDescriptor last = null;
            for (int request = 0; request < 6; request++) {
                long start = System.nanoTime();
                last = endpoint.migrations(SecurityContext.NONE);
                slowest = Math.max(slowest, (System.nanoTime() - start) / 1_000_000);
            }

            assertThat(last.database().status()).isEqualTo("UNAVAILABLE");
            assertThat(last.database().reason()).contains("abandoned");
            assertThat(last.drift().status()).isEqualTo(DriftReport.Status.UNKNOWN);
            assertThat(last.drift().reason()).contains("still being computed");
            // 500 ms plus scheduling slack on a loaded machine; before, each answer took the drift's 5 s.
            assertThat(slowest).isLessThan(TIMEOUT.toMillis() + 1_500);
        }
    }

}
