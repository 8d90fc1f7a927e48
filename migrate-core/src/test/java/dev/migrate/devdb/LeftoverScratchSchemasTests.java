package dev.migrate.devdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;

@ExtendWith(TestDatabases.class)
class LeftoverScratchSchemasTests {

    @Test
    void closingAScratchSchemaDropsIt(TestDatabase db) throws SQLException {
        try (DevDatabase dev = DevDatabase.connect(db.dataSource())) {
            String name;
            try (ScratchSchema scratch = dev.createScratchSchema()) {
                name = scratch.name();
                assertThat(name).matches("migrate_scratch_\\d{14}_[0-9a-f]{8}");
                assertThat(Catalog.schemasStartingWith(dev.connection(), "migrate_scratch_")).containsExactly(name);
            }
            assertThat(Catalog.schemasStartingWith(dev.connection(), "migrate_scratch_")).isEmpty();
        }
    }

    @Test
    void theNextRunRemovesTheScratchSchemaOfAKilledRun(TestDatabase db) throws Exception {
        try (DevDatabase killed = DevDatabase.connect(db.dataSource()); Connection admin = db.connect()) {
            String leftover = killed.createScratchSchema().name();
            terminate(admin, backendPid(killed.connection()));
            assertThat(Catalog.schemasStartingWith(admin, "migrate_scratch_")).containsExactly(leftover);

            try (DevDatabase next = DevDatabase.connect(db.dataSource())) {
                assertThat(Catalog.schemasStartingWith(admin, "migrate_scratch_")).isEmpty();
            }
        }
    }

    @Test
    void aScratchSchemaOfARunStillGoingIsLeftAlone(TestDatabase db) throws SQLException {
        try (DevDatabase running = DevDatabase.connect(db.dataSource());
                ScratchSchema inUse = running.createScratchSchema();
                DevDatabase other = DevDatabase.connect(db.dataSource())) {
            assertThat(other.removeLeftovers()).isEmpty();
            assertThat(Catalog.schemasStartingWith(other.connection(), "migrate_scratch_"))
                .containsExactly(inUse.name());
        }
    }

    @Test
    void unmarkedScratchSchemasAreRemovedOnlyWhenOld(TestDatabase db) throws SQLException {
        String recent = ScratchSchema.PREFIX + LocalDateTime.now(ZoneOffset.UTC).format(ScratchSchema.TIMESTAMP)
                + "_00000000";
        db.execute("create schema migrate_scratch_20200101000000_deadbeef; create schema " + recent);

        try (DevDatabase dev = DevDatabase.connect(db.dataSource())) {
            assertThat(Catalog.schemasStartingWith(dev.connection(), "migrate_scratch_")).containsExactly(recent);
        }
    }

    private static String backendPid(Connection connection) throws SQLException {
        return Catalog.strings(connection, "select pg_backend_pid()::text").get(0);
    }

    /** Ends a backend as a killed client's would end, and waits until PostgreSQL no longer lists it. */
    private static void terminate(Connection admin, String pid) throws Exception {
        Catalog.strings(admin, "select pg_terminate_backend(?::int)::text", pid);
        for (int attempt = 0; attempt < 100; attempt++) {
            if (Catalog.strings(admin, "select pid::text from pg_stat_activity where pid = ?::int", pid).isEmpty()) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("backend " + pid + " did not end");
    }

}
