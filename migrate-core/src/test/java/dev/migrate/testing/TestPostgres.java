package dev.migrate.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL server that tests use: a Testcontainers container when Docker is available, otherwise the server
 * named by {@code MIGRATE_TEST_POSTGRES_URL}. Each test gets a database of its own from {@link #createDatabase()},
 * so tests run in any order and in parallel. Never skips: without a server, it fails and says how to provide one.
 */
public final class TestPostgres {

    public static final String URL_VARIABLE = "MIGRATE_TEST_POSTGRES_URL";

    private static TestPostgres instance;

    private final String adminUrl;
    private final Properties credentials;

    private TestPostgres(String adminUrl, Properties credentials) {
        this.adminUrl = adminUrl;
        this.credentials = credentials;
    }

    /** The shared server, started (container) or located (environment) on first use. */
    public static synchronized TestPostgres server() {
        if (instance == null) {
            instance = locate();
        }
        return instance;
    }

    private static TestPostgres locate() {
        String url = System.getenv(URL_VARIABLE);
        if (url != null && !url.isBlank()) {
            return new TestPostgres(url, new Properties());
        }
        if (dockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:16-alpine");
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
            Properties credentials = new Properties();
            credentials.setProperty("user", container.getUsername());
            credentials.setProperty("password", container.getPassword());
            return new TestPostgres(container.getJdbcUrl(), credentials);
        }
        throw new IllegalStateException("This test needs PostgreSQL, and there is none: Docker is not available for "
                + "Testcontainers and " + URL_VARIABLE + " is not set. Start a server and set, for example, "
                + URL_VARIABLE + "=jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres (or run `bash .ci/run`).");
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        }
        catch (RuntimeException | LinkageError ex) {
            return false;
        }
    }

    /** Creates a new, empty database; {@link TestDatabase#close()} drops it. */
    public TestDatabase createDatabase() {
        String name = JdbcTestDatabase.newName();
        try (Connection connection = DriverManager.getConnection(adminUrl, credentials);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        catch (SQLException ex) {
            throw new IllegalStateException("Could not create test database " + name + " on " + adminUrl + ": "
                    + ex.getMessage(), ex);
        }
        return new TestDatabase(this, name, urlOf(name), credentials);
    }

    void dropDatabase(String name) {
        try (Connection connection = DriverManager.getConnection(adminUrl, credentials);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
        catch (SQLException ex) {
            throw new IllegalStateException("Could not drop test database " + name + ": " + ex.getMessage(), ex);
        }
    }

    /** The admin URL with its database replaced by {@code database}, query parameters kept. */
    String urlOf(String database) {
        int query = adminUrl.indexOf('?');
        String base = query < 0 ? adminUrl : adminUrl.substring(0, query);
        String params = query < 0 ? "" : adminUrl.substring(query);
        int slash = base.lastIndexOf('/');
        return base.substring(0, slash + 1) + database + params;
    }

}
