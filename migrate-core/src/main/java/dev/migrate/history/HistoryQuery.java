package dev.migrate.history;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs a history table's query, keeping only the file name of each recorded path (the part after the last '/'). A
 * missing table (SQL state class 42, "syntax error or access rule violation") means the executor has applied nothing
 * yet.
 */
public final class HistoryQuery {

    private HistoryQuery() {
    }

    /** @param sql a query returning file path, id and checksum, in that order */
    static List<AppliedMigration> rows(Connection connection, String sql, int queryTimeoutSeconds)
            throws SQLException {
        List<AppliedMigration> rows = new ArrayList<>();
        run(connection, sql, queryTimeoutSeconds, (name, result) -> rows.add(new AppliedMigration(name,
                result.getString(2), result.getString(3))));
        return rows;
    }

    /** @param sql a query whose first column is a file path */
    public static Set<String> fileNames(Connection connection, String sql, int queryTimeoutSeconds)
            throws SQLException {
        Set<String> names = new HashSet<>();
        run(connection, sql, queryTimeoutSeconds, (name, result) -> names.add(name));
        return names;
    }

    private static void run(Connection connection, String sql, int queryTimeoutSeconds, Row row)
            throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(queryTimeoutSeconds);
            try (ResultSet result = statement.executeQuery(sql)) {
                while (result.next()) {
                    String path = result.getString(1);
                    if (path != null) {
                        row.accept(path.substring(path.lastIndexOf('/') + 1), result);
                    }
                }
            }
        }
        catch (SQLException ex) {
            String state = ex.getSQLState();
            if (state == null || !state.startsWith("42")) {
                throw ex;
            }
        }
    }

    private interface Row {

        void accept(String fileName, ResultSet result) throws SQLException;

    }

}
