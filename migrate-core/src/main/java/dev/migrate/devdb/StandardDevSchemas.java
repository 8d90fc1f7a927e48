package dev.migrate.devdb;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The schema statements PostgreSQL and H2 spell the same way (SQL's {@code CREATE SCHEMA} and friends plus the common
 * {@code COMMENT ON} and {@code ALTER SCHEMA ... RENAME TO}); a dialect supplies only its quoting.
 */
public abstract class StandardDevSchemas implements DevSchemas {

    /** The name as a quoted identifier of this database. */
    protected abstract String quote(String name);

    /** The text as a string literal of this database. */
    protected abstract String literal(String text);

    @Override
    public void create(Connection connection, String name) throws SQLException {
        execute(connection, "create schema " + quote(name));
    }

    @Override
    public void comment(Connection connection, String name, String comment) throws SQLException {
        execute(connection, "comment on schema " + quote(name) + " is " + literal(comment));
    }

    @Override
    public void drop(Connection connection, String name) throws SQLException {
        execute(connection, "drop schema if exists " + quote(name) + " cascade");
    }

    @Override
    public void rename(Connection connection, String from, String to) throws SQLException {
        execute(connection, "alter schema " + quote(from) + " rename to " + quote(to));
    }

    protected static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

}
