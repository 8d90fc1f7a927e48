package dev.migrate.autoconfigure.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;

/**
 * Runs the one query an {@link AppliedMigrationsReader} needs and collects the file names it returns. A missing
 * history table (SQL state class 42, "syntax error or access rule violation") means nothing was applied yet.
 */
public final class HistoryTableQuery {

    private HistoryTableQuery() {
    }

    /**
     * @param sql a query whose first column is a file path (only the part after the last '/' is kept)
     */
    public static Set<String> fileNames(Connection connection, String sql, int queryTimeoutSeconds)
            throws SQLException {
        Set<String> names = new HashSet<>();
        try (Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(queryTimeoutSeconds);
            try (ResultSet rows = statement.executeQuery(sql)) {
                while (rows.next()) {
                    String path = rows.getString(1);
                    if (path != null) {
                        names.add(path.substring(path.lastIndexOf('/') + 1));
                    }
                }
            }
        }
        catch (SQLException ex) {
            if (isMissingTable(ex)) {
                return Set.of();
            }
            throw ex;
        }
        return names;
    }

    private static boolean isMissingTable(SQLException ex) {
        String state = ex.getSQLState();
        return state != null && state.startsWith("42");
    }

}
