package dev.migrate.sample;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What both databases must answer at /actuator/migrations, health and the application's own endpoints.
 */
final class MigrationsEndpointAssertions {

    private MigrationsEndpointAssertions() {
    }

    /**
     * The drift once it is computed: the endpoint answers within migrate.database.timeout, so right after a start or
     * a change the first answers may say UNKNOWN "still being computed".
     */
    static JsonNode computedDrift(int port, java.util.Map<String, String> headers) throws Exception {
        long giveUp = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        while (true) {
            HttpJson.Response response = HttpJson.get(port, "/actuator/migrations", headers);
            assertThat(response.status()).isEqualTo(200);
            JsonNode drift = response.body().get("drift");
            boolean computing = drift.get("status").asString().equals("UNKNOWN")
                    && drift.get("reason").asString().contains("still being computed");
            if (!computing || System.nanoTime() > giveUp) {
                return drift;
            }
            Thread.sleep(100);
        }
    }

    static void assertServesTheMigratedApplication(int port) throws Exception {
        HttpJson.Response migrations = HttpJson.get(port, "/actuator/migrations");
        assertThat(migrations.status()).isEqualTo(200);
        JsonNode directory = migrations.body().get("directory");
        assertThat(directory.get("location").asString()).isEqualTo("classpath:db/migrations");
        assertThat(directory.get("format").asString()).isEqualTo("liquibase");
        assertThat(directory.get("status").asString()).isEqualTo("OK");
        assertThat(directory.get("sum").asString()).startsWith("h1:");
        assertThat(directory.get("problems")).isEmpty();
        List<String> names = new ArrayList<>();
        for (JsonNode file : directory.get("files")) {
            names.add(file.get("name").asString());
            assertThat(file.get("state").asString()).isEqualTo("APPLIED");
            assertThat(file.get("hash").asString()).startsWith("h1:");
        }
        assertThat(names).containsExactly("20250301090000_create_authors.sql", "20250301090500_create_books.sql",
                "20250302141500_create_tags.sql", "20250303100000_seed_library.sql",
                "20261122034256_align_book_tags_keys.sql");
        JsonNode database = migrations.body().get("database");
        assertThat(database.get("status").asString()).isEqualTo("UP_TO_DATE");
        assertThat(database.get("executor").asString()).isEqualTo("liquibase");
        assertThat(database.get("currentVersion").asString()).isEqualTo("20261122034256");
        assertThat(database.get("applied").asInt()).isEqualTo(5);
        assertThat(database.get("pending").asInt()).isZero();

        HttpJson.Response one = HttpJson.get(port, "/actuator/migrations/20250301090500");
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.body().get("name").asString()).isEqualTo("20250301090500_create_books.sql");
        assertThat(one.body().get("state").asString()).isEqualTo("APPLIED");
        assertThat(one.body().get("sql").asString()).contains("CREATE TABLE books");
        assertThat(HttpJson.get(port, "/actuator/migrations/19990101000000").status()).isEqualTo(404);

        HttpJson.Response health = HttpJson.get(port, "/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        JsonNode migrationsHealth = health.body().get("components").get("migrations");
        assertThat(migrationsHealth.get("status").asString()).isEqualTo("UP");
        assertThat(migrationsHealth.get("details").get("pending").asInt()).isZero();

        HttpJson.Response books = HttpJson.get(port, "/books");
        assertThat(books.status()).isEqualTo(200);
        assertThat(books.body()).hasSize(3);
        assertThat(books.body().get(0).get("title").asString()).isEqualTo("Solaris");
    }

}
