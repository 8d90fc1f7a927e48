package dev.migrate.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Runs an {@code information_schema} query that takes the schema name as its one parameter and hands each row on:
 * the read loop the dialects' inspectors share. Internal to the dialects.
 */
public final class CatalogRows {

    private CatalogRows() {
    }

    public static void query(Connection connection, String sql, String schema, RowHandler handler)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, schema);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    handler.handle(rows);
                }
            }
        }
    }

    /** What is done with one row; the result set stands on it. */
    @FunctionalInterface
    public interface RowHandler {

        void handle(ResultSet row) throws SQLException;

    }

}
