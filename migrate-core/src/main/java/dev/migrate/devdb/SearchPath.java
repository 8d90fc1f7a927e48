package dev.migrate.devdb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads and sets a session's {@code search_path}. */
final class SearchPath {

    private SearchPath() {
    }

    static String current(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select current_setting('search_path')");
                ResultSet row = query.executeQuery()) {
            row.next();
            return row.getString(1);
        }
    }

    /** Sets {@code search_path} to a value in its own syntax (quoted identifiers, comma separated). */
    static void set(Connection connection, String searchPath) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select set_config('search_path', ?, false)")) {
            statement.setString(1, searchPath);
            statement.execute();
        }
    }

    /** Sets {@code search_path} to one schema only. */
    static void only(Connection connection, String schema) throws SQLException {
        set(connection, PgIdentifiers.quote(schema));
    }

}
