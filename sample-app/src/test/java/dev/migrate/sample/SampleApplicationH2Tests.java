package dev.migrate.sample;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The sample application on its default embedded H2 database, over real HTTP.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SampleApplicationH2Tests {

    @LocalServerPort
    int port;

    @Test
    void reportsTheAppliedDirectory() throws Exception {
        MigrationsEndpointAssertions.assertServesTheMigratedApplication(this.port);
    }

}
