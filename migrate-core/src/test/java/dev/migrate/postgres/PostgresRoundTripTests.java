package dev.migrate.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.migrate.plan.Plan;
import dev.migrate.schema.Schema;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;

@ExtendWith(TestDatabases.class)
class PostgresRoundTripTests {

    @Test
    void createsInspectsAndDropsEveryKindOfObject(TestDatabase db) {
        RoundTrip roundTrip = new RoundTrip(db);
        Schema everything = ShowcaseSchemas.everything();
        Plan plan = RoundTrip.plan(RoundTrip.EMPTY, everything);
        assertThat(plan.toSql()).startsWith("-- create enum type \"Mood\"\nCREATE TYPE \"Mood\" AS ENUM ('sad', 'ok', 'happy');\n")
                // One column or constraint per line.
                .contains("-- create \"user\" table\nCREATE TABLE \"user\" (\n  id bigint NOT NULL GENERATED ALWAYS AS IDENTITY");
        assertThat(plan.toReverseSql()).endsWith("-- reverse: create enum type \"Mood\"\nDROP TYPE \"Mood\";\n");
        Schema created = roundTrip.create(everything);
        assertThat(Postgres.dialect().differ().diff(created, everything)).isEmpty();
        roundTrip.check(created, RoundTrip.EMPTY);
    }

}
