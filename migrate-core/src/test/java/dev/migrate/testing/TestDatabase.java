package dev.migrate.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;

/** One throw-away PostgreSQL database of a test; closing it drops it. */
public final class TestDatabase implements JdbcTestDatabase {

    private final TestPostgres server;
    private final String name;
    private final String url;
    private final Properties credentials;

    TestDatabase(TestPostgres server, String name, String url, Properties credentials) {
        this.server = server;
        this.name = name;
        this.url = url;
        this.credentials = credentials;
    }

    public String name() {
        return name;
    }

    /** JDBC URL of this database, credentials included for the environment-provided server. */
    public String url() {
        return url;
    }

    public String username() {
        return credentials.getProperty("user", userFromUrl());
    }

    public String password() {
        return credentials.getProperty("password", "");
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, credentials);
    }

    public DataSource dataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(url);
        if (credentials.containsKey("user")) {
            dataSource.setUser(username());
            dataSource.setPassword(password());
        }
        return dataSource;
    }

    private String userFromUrl() {
        for (String part : url.substring(url.indexOf('?') + 1).split("&")) {
            if (part.startsWith("user=")) {
                return part.substring(5);
            }
        }
        return null;
    }

    @Override
    public void close() {
        server.dropDatabase(name);
    }

}
