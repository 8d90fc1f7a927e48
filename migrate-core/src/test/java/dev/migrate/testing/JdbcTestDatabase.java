package dev.migrate.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** What every throw-away test database offers, whatever its server: its URL, a connection, and running SQL on it. */
public interface JdbcTestDatabase extends AutoCloseable {

    /** A name for a new database that no other test's database has, on a server that builds share. */
    static String newName() {
        return "migrate_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    String name();

    String url();

    Connection connect() throws SQLException;

    /** Runs each SQL text (one or more statements, as the driver separates them) in one call, on one connection. */
    default void execute(String... statements) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    /** Drops the database. */
    @Override
    void close();

}
