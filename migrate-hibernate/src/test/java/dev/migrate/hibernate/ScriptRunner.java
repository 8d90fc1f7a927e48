package dev.migrate.hibernate;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Executes a generated script statement by statement, naming the statement that fails. */
final class ScriptRunner {

    private ScriptRunner() {
    }

    static void run(Connection connection, List<String> statements) {
        for (String sql : statements) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
            catch (SQLException ex) {
                throw new AssertionError("Statement failed: " + sql + "\n" + ex.getMessage(), ex);
            }
        }
    }

}
