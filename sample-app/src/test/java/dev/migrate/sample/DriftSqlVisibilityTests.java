package dev.migrate.sample;

import java.io.IOException;
import java.security.Principal;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drift {@code changes[].sql} follows {@code management.endpoint.migrations.show-sql} exactly as a file's SQL does:
 * with {@code when-authorized}, an anonymous caller sees what drifted but no statement; an authorized one sees both.
 * Over real HTTP; the caller is authenticated by a servlet filter (as any security layer would set the principal).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = { "spring.datasource.url=jdbc:h2:mem:drift-sql;DB_CLOSE_DELAY=-1",
                "management.endpoint.migrations.show-sql=when-authorized", "management.endpoint.migrations.roles=OPS",
                "migrate.drift.cache-ttl=0s" })
class DriftSqlVisibilityTests {

    private static final Map<String, String> OPERATOR = Map.of("X-Test-User", "ops");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void drift() {
        this.jdbc.execute("ALTER TABLE books ALTER COLUMN title VARCHAR(400)");
    }

    @AfterEach
    void restore() {
        this.jdbc.execute("ALTER TABLE books ALTER COLUMN title VARCHAR(300)");
    }

    @Test
    void anAnonymousCallerSeesTheDriftButNoSql() throws Exception {
        JsonNode drift = MigrationsEndpointAssertions.computedDrift(this.port, Map.of());

        assertThat(drift.get("status").asString()).isEqualTo("DRIFTED");
        assertThat(drift.get("changes")).isNotEmpty();
        for (JsonNode change : drift.get("changes")) {
            assertThat(change.get("description").asString()).isNotEmpty();
            assertThat(change.has("sql")).isFalse();
        }
        assertThat(HttpJson.get(this.port, "/actuator/migrations/20250301090500").body().has("sql")).isFalse();
    }

    @Test
    void anAuthorizedCallerSeesTheStatements() throws Exception {
        JsonNode drift = MigrationsEndpointAssertions.computedDrift(this.port, OPERATOR);

        assertThat(drift.get("status").asString()).isEqualTo("DRIFTED");
        assertThat(drift.get("changes").get(0).get("sql").get(0).asString()).contains("ALTER TABLE").contains("books");
        assertThat(HttpJson.get(this.port, "/actuator/migrations/20250301090500", OPERATOR).body().get("sql")
            .asString()).contains("CREATE TABLE books");
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Authentication {

        /** Marks requests carrying X-Test-User as that user, in role OPS. */
        @Bean
        OncePerRequestFilter testUserFilter() {
            return new OncePerRequestFilter() {

                @Override
                protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                        FilterChain chain) throws ServletException, IOException {
                    String user = request.getHeader("X-Test-User");
                    if (user == null) {
                        chain.doFilter(request, response);
                        return;
                    }
                    Principal principal = () -> user;
                    chain.doFilter(new HttpServletRequestWrapper(request) {

                        @Override
                        public Principal getUserPrincipal() {
                            return principal;
                        }

                        @Override
                        public boolean isUserInRole(String role) {
                            return "OPS".equals(role);
                        }

                    }, response);
                }

            };
        }

    }

}
