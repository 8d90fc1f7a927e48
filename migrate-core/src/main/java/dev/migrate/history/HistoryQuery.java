package dev.migrate.history;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a history table's query. A missing table (SQL state class 42, "syntax error or access rule violation") means
 * the executor has applied nothing yet.
 */
final class HistoryQuery {

    private HistoryQuery() {
    }

    /** @param sql a query returning file path, id and checksum, in that order */
    static List<AppliedMigration> rows(Connection connection, String sql, int queryTimeoutSeconds)
            throws SQLException {
        List<AppliedMigration> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(queryTimeoutSeconds);
            try (ResultSet result = statement.executeQuery(sql)) {
                while (result.next()) {
                    String path = result.getString(1);
                    if (path != null) {
                        rows.add(new AppliedMigration(path.substring(path.lastIndexOf('/') + 1), result.getString(2),
                                result.getString(3)));
                    }
                }
            }
        }
        catch (SQLException ex) {
            String state = ex.getSQLState();
            if (state != null && state.startsWith("42")) {
                return List.of();
            }
            throw ex;
        }
        return rows;
    }

}
