package dev.migrate.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.migrate.testing.TestDatabases;
import dev.migrate.testing.TestMySql;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample application with the {@code mysql} profile on a fresh MariaDB database, over real HTTP: Liquibase
 * applies the MySQL directory, the application serves it, and drift (with {@code migrate.dev.url} on the same server,
 * as MySQL needs) finds a manual change and leaves nothing behind.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "migrate.drift.cache-ttl=0s")
@ActiveProfiles("mysql")
@ExtendWith(TestDatabases.class)
class SampleApplicationMySqlTests {

    static TestMySql.Database database;

    @LocalServerPort
    int port;

    @BeforeAll
    static void useDatabase(TestMySql.Database created) {
        database = created;
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", database::url);
        registry.add("migrate.dev.url", () -> TestMySql.server().serverUrl());
    }

    @Test
    void servesTheAppliedMySqlDirectory() throws Exception {
        HttpJson.Response migrations = HttpJson.get(this.port, "/actuator/migrations");
        assertThat(migrations.status()).isEqualTo(200);
        JsonNode directory = migrations.body().get("directory");
        assertThat(directory.get("location").asString()).isEqualTo("classpath:db/migrations-mysql");
        assertThat(directory.get("status").asString()).isEqualTo("OK");
        List<String> names = new ArrayList<>();
        for (JsonNode file : directory.get("files")) {
            names.add(file.get("name").asString());
            assertThat(file.get("state").asString()).isEqualTo("APPLIED");
        }
        assertThat(names).containsExactly("20261201153219_create_authors_and_3_more.sql",
                "20261201153300_seed_library.sql");
        JsonNode state = migrations.body().get("database");
        assertThat(state.get("status").asString()).isEqualTo("UP_TO_DATE");
        assertThat(state.get("executor").asString()).isEqualTo("liquibase");
        assertThat(state.get("applied").asInt()).isEqualTo(2);

        HttpJson.Response health = HttpJson.get(this.port, "/actuator/health");
        assertThat(health.body().get("components").get("migrations").get("status").asString()).isEqualTo("UP");

        HttpJson.Response books = HttpJson.get(this.port, "/books");
        assertThat(books.status()).isEqualTo(200);
        assertThat(books.body()).hasSize(3);
        assertThat(books.body().get(0).get("title").asString()).isEqualTo("Solaris");
    }

    @Test
    void reportsDriftAfterAManualAlterAndInSyncOtherwise() throws Exception {
        assertThat(drift().get("status").asString()).as(drift().toString()).isEqualTo("IN_SYNC");
        database.execute("ALTER TABLE books MODIFY COLUMN title VARCHAR(400) NOT NULL");
        try {
            JsonNode drift = drift();
            assertThat(drift.get("status").asString()).isEqualTo("DRIFTED");
            assertThat(drift.get("changes")).hasSize(1);
            assertThat(drift.get("changes").get(0).get("description").asString())
                .isEqualTo("modify column \"title\" of table: \"books\"");
            assertThat(drift.get("changes").get(0).get("sql").toString())
                .contains("MODIFY COLUMN `title` varchar(300) NOT NULL");
        }
        finally {
            database.execute("ALTER TABLE books MODIFY COLUMN title VARCHAR(300) NOT NULL");
        }
        assertThat(drift().get("status").asString()).isEqualTo("IN_SYNC");
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(database.url()));
        assertThat(jdbc.queryForList("SELECT table_name FROM information_schema.tables WHERE table_schema = ?",
                String.class, database.name()))
            .containsExactlyInAnyOrder("authors", "books", "tags", "book_tags", "DATABASECHANGELOG",
                    "DATABASECHANGELOGLOCK");
    }

    private JsonNode drift() throws Exception {
        return MigrationsEndpointAssertions.computedDrift(this.port, Map.of());
    }

}
