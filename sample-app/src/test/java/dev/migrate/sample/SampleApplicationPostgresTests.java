package dev.migrate.sample;

import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The sample application with the {@code postgres} profile on a fresh PostgreSQL database, over real HTTP.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
class SampleApplicationPostgresTests {

    static TestDatabase database;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        database = TestPostgres.server().createDatabase();
        registry.add("spring.datasource.url", database::url);
        registry.add("spring.datasource.username", database::username);
        registry.add("spring.datasource.password", database::password);
    }

    @AfterAll
    static void dropDatabase() {
        // The context (and its pool) is cached by the test framework; the database is dropped with FORCE.
        database.close();
    }

    @Test
    void reportsTheAppliedDirectory() throws Exception {
        MigrationsEndpointAssertions.assertServesTheMigratedApplication(this.port);
    }

}
