package dev.migrate.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

import dev.migrate.schema.Schema;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestPostgres;

/**
 * For random schema pairs A and B on a real PostgreSQL: plan(A→B) applied to A inspects as B, its reverse brings
 * back A, and diff(B, B) is empty. The seed is fixed, so every run checks the same pairs; each try starts from an
 * empty {@code public} schema of one database.
 */
class RandomRoundTripTests {

    private TestDatabase db;

    @BeforeProperty
    void createDatabase() {
        db = TestPostgres.server().createDatabase();
    }

    @AfterProperty
    void dropDatabase() {
        db.close();
    }

    @Property(tries = 100, seed = "20261122", shrinking = ShrinkingMode.OFF)
    void planBetweenRandomSchemasRoundTrips(@ForAll long seed) throws Exception {
        Schema[] pair = new RandomSchemas(seed).pair();
        db.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
        RoundTrip roundTrip = new RoundTrip(db);
        Schema a = roundTrip.create(pair[0]);
        roundTrip.check(a, pair[1]);
        assertThat(Postgres.dialect().differ().diff(pair[1], pair[1])).isEmpty();
    }

}
