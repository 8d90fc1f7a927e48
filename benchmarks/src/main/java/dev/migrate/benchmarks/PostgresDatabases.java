package dev.migrate.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** The benchmarks' own PostgreSQL databases: named beside the server's admin URL, created and dropped through it. */
public final class PostgresDatabases {

    private PostgresDatabases() {
    }

    /** The admin URL with its database replaced by {@code database}, parameters kept. */
    public static String withDatabase(String url, String database) {
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        String params = query < 0 ? "" : url.substring(query);
        return base.substring(0, base.lastIndexOf('/') + 1) + database + params;
    }

    /** Runs one statement on its own connection, such as {@code CREATE DATABASE}. */
    public static void execute(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

}
