package dev.migrate.devdb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/** The catalog queries and DDL on whole schemas that scratch schemas and the cache share. */
final class Schemas {

    private Schemas() {
    }

    /** Schemas whose name starts with {@code prefix}, with their comments (null when none). */
    static Map<String, String> withPrefix(Connection connection, String prefix) throws SQLException {
        Map<String, String> schemas = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("select nspname, "
                + "obj_description(oid, 'pg_namespace') from pg_namespace where starts_with(nspname, ?) "
                + "order by nspname")) {
            query.setString(1, prefix);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    schemas.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        return schemas;
    }

    static void create(Connection connection, String name, String comment) throws SQLException {
        execute(connection, "create schema " + PgIdentifiers.quote(name));
        comment(connection, name, comment);
    }

    static void comment(Connection connection, String name, String comment) throws SQLException {
        execute(connection, "comment on schema " + PgIdentifiers.quote(name) + " is " + PgIdentifiers.literal(comment));
    }

    static void drop(Connection connection, String name) throws SQLException {
        execute(connection, "drop schema if exists " + PgIdentifiers.quote(name) + " cascade");
    }

    static void rename(Connection connection, String from, String to) throws SQLException {
        execute(connection, "alter schema " + PgIdentifiers.quote(from) + " rename to " + PgIdentifiers.quote(to));
    }

    static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Runs {@code work} in one transaction on an auto-commit connection, rolling back on failure. */
    static void inTransaction(Connection connection, SqlWork work) throws SQLException {
        connection.setAutoCommit(false);
        try {
            work.run();
            connection.commit();
        }
        catch (SQLException | RuntimeException ex) {
            connection.rollback();
            throw ex;
        }
        finally {
            connection.setAutoCommit(true);
        }
    }

    @FunctionalInterface
    interface SqlWork {

        void run() throws SQLException;

    }

}
