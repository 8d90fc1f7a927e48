package dev.migrate.benchmarks.mysql;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The MySQL benchmark's schema: {@code n} tables, each with 10 columns of varied types, a primary key, one foreign
 * key (to the previous table), one unique constraint, one index and one check constraint.
 */
final class MySqlBenchmarkSchema {

    private MySqlBenchmarkSchema() {
    }

    static void create(Connection connection, int tables) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (int i = 0; i < tables; i++) {
                statement.addBatch(table(i));
            }
            statement.executeBatch();
        }
    }

    private static String table(int i) {
        String parent = "t_" + Math.max(0, i - 1);
        return "CREATE TABLE t_" + i + " (id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY, "
                + "code varchar(50) NOT NULL UNIQUE, name varchar(200), qty int NOT NULL DEFAULT 0 CHECK (qty >= 0), "
                + "price decimal(10,2), created datetime(6) NOT NULL DEFAULT current_timestamp(6), "
                + "active tinyint(1) NOT NULL DEFAULT 1, parent_id bigint, status enum('new','done'), note text, "
                + "INDEX t_" + i + "_name_idx (name, created DESC), "
                + "CONSTRAINT t_" + i + "_parent FOREIGN KEY (parent_id) REFERENCES " + (i == 0 ? "t_0" : parent)
                + " (id))";
    }

}
