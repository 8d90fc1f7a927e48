package dev.migrate.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The MySQL or MariaDB server that tests use: the one named by {@code MIGRATE_TEST_MYSQL_URL}, a URL without a
 * database such as {@code jdbc:mariadb://127.0.0.1:3306/?user=root}. Each test gets a database of its own from
 * {@link #createDatabase()}. Never skips: without the variable, it fails and says how to provide a server.
 */
public final class TestMySql {

    public static final String URL_VARIABLE = "MIGRATE_TEST_MYSQL_URL";

    private static TestMySql instance;

    private final String serverUrl;

    private TestMySql(String serverUrl) {
        this.serverUrl = serverUrl;
    }

    public static synchronized TestMySql server() {
        if (instance == null) {
            String url = System.getenv(URL_VARIABLE);
            if (url == null || url.isBlank()) {
                throw new IllegalStateException("This test needs MySQL or MariaDB, and there is none: " + URL_VARIABLE
                        + " is not set. Start a server and set, for example, " + URL_VARIABLE
                        + "=jdbc:mariadb://127.0.0.1:3306/?user=root (or run `bash .ci/run`).");
            }
            instance = new TestMySql(url);
        }
        return instance;
    }

    /** The server's URL, without a database. */
    public String serverUrl() {
        return serverUrl;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(serverUrl);
    }

    /** Creates a new, empty database; {@link Database#close()} drops it. */
    public Database createDatabase() {
        String name = JdbcTestDatabase.newName();
        execute("create database " + name);
        return new Database(name, urlOf(name));
    }

    /**
     * Drops the replay caches and in-sync memos a test's migration directory left on the server: a schema is a
     * database there, so they outlive the test's own database.
     */
    public void dropCachesOf(java.nio.file.Path directory) {
        try (Connection connection = connect();
                java.sql.PreparedStatement query = connection.prepareStatement("select schema_name from "
                        + "information_schema.schemata where schema_name like 'migrate\\_cache\\_%' "
                        + "and schema_comment like concat('%directory=', ?)")) {
            query.setString(1, directory.toString());
            java.util.List<String> names = new java.util.ArrayList<>();
            try (java.sql.ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            for (String name : names) {
                execute("drop database if exists `" + name + "`");
            }
        }
        catch (SQLException ex) {
            throw new IllegalStateException("Could not drop the caches of " + directory + ": " + ex.getMessage(), ex);
        }
    }

    /** The server URL with a database in its path. */
    public String urlOf(String database) {
        int hostStart = serverUrl.indexOf("//") + 2;
        int pathStart = serverUrl.indexOf('/', hostStart);
        int query = serverUrl.indexOf('?', hostStart);
        String hostPart = serverUrl.substring(0, pathStart < 0 ? (query < 0 ? serverUrl.length() : query) : pathStart);
        return hostPart + "/" + database + (query < 0 ? "" : serverUrl.substring(query));
    }

    void execute(String sql) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
        catch (SQLException ex) {
            throw new IllegalStateException(sql + " failed on " + serverUrl + ": " + ex.getMessage(), ex);
        }
    }

    /** One throw-away database of a test; closing it drops it. */
    public final class Database implements JdbcTestDatabase {

        private final String name;
        private final String url;

        Database(String name, String url) {
            this.name = name;
            this.url = url;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String url() {
            return url;
        }

        @Override
        public Connection connect() throws SQLException {
            return DriverManager.getConnection(url);
        }

        @Override
        public void close() {
            TestMySql.this.execute("drop database if exists " + name);
        }

    }

}
