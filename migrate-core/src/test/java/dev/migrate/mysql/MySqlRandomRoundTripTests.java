package dev.migrate.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.schema.Schema;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * For random schema pairs A and B on a real MariaDB: plan(A→B) applied to A inspects as B, its reverse brings back
 * A, and diff(B, B) is empty. The seed is fixed, so every run checks the same pairs; each try starts from an empty
 * database.
 */
class MySqlRandomRoundTripTests {

    private MySqlRoundTrip roundTrip;

    @BeforeProperty
    void createDatabase() {
        roundTrip = new MySqlRoundTrip();
    }

    @AfterProperty
    void dropDatabase() {
        roundTrip.close();
    }

    @Property(tries = 40, seed = "20261201", shrinking = ShrinkingMode.OFF)
    void planBetweenRandomSchemasRoundTrips(@ForAll long seed) {
        Schema[] pair = new MySqlRandomSchemas(seed).pair();
        roundTrip.reset();
        Schema a = roundTrip.create(pair[0]);
        if (MySqlRoundTrip.plan(a, pair[1]).isEmpty()) {
            return; // the same schema twice: nothing to apply
        }
        roundTrip.check(a, pair[1]);
        assertThat(MySqlRoundTrip.DIALECT.differ().diff(pair[1], pair[1])).isEmpty();
    }

}
