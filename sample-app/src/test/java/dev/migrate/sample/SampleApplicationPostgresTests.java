package dev.migrate.sample;

import java.util.ArrayList;
import java.util.List;

import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample application with the {@code postgres} profile on a fresh PostgreSQL database, over real HTTP.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "migrate.drift.cache-ttl=0s")
@ActiveProfiles("postgres")
@ExtendWith(TestDatabases.class)
class SampleApplicationPostgresTests {

    static TestDatabase database;

    @LocalServerPort
    int port;

    /** Dropped when the class ends, with FORCE: the test framework caches the context and its pool. */
    @BeforeAll
    static void useDatabase(TestDatabase created) {
        database = created;
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", database::url);
        registry.add("spring.datasource.username", database::username);
        registry.add("spring.datasource.password", database::password);
    }

    @Test
    void reportsTheAppliedDirectory() throws Exception {
        MigrationsEndpointAssertions.assertServesTheMigratedApplication(this.port);
    }

    @Test
    void reportsDriftAfterAManualAlterAndInSyncOtherwise() throws Exception {
        assertThat(drift().get("status").asString()).isEqualTo("IN_SYNC");
        assertThat(drift().get("changes")).isEmpty();
        database.execute("ALTER TABLE books ALTER COLUMN title TYPE VARCHAR(400)");
        try {
            JsonNode drift = drift();
            assertThat(drift.get("status").asString()).isEqualTo("DRIFTED");
            assertThat(drift.get("changes")).hasSize(1);
            assertThat(drift.get("changes").get(0).get("description").asString())
                .isEqualTo("modify column \"title\" of table: \"books\"");
            // Narrowing: every value must prove it fits before the type changes, so no title is cut.
            List<String> sql = new ArrayList<>();
            drift.get("changes").get(0).get("sql").forEach((statement) -> sql.add(statement.asString()));
            assertThat(sql.get(0)).startsWith("ALTER TABLE books ADD CONSTRAINT migrate_fits_title CHECK");
            assertThat(sql).contains("ALTER TABLE books ALTER COLUMN title TYPE character varying(300)");
        }
        finally {
            database.execute("ALTER TABLE books ALTER COLUMN title TYPE VARCHAR(300)");
        }
        assertThat(drift().get("status").asString()).isEqualTo("IN_SYNC");
        // The entities' schema was built in the live database, in transactions that were rolled back.
        JdbcTemplate jdbc = new JdbcTemplate(database.dataSource());
        assertThat(jdbc.queryForList("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'migrate%'", String.class))
            .isEmpty();
        assertThat(jdbc.queryForList("SELECT relname FROM pg_stat_user_tables WHERE schemaname <> 'public'",
                String.class))
            .isEmpty();
    }

    private JsonNode drift() throws Exception {
        return MigrationsEndpointAssertions.computedDrift(this.port, java.util.Map.of());
    }

}
