package dev.migrate.mysql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.migrate.devdb.BackendIdentity;
import dev.migrate.devdb.DevSchemas;

/**
 * Schemas of a MySQL or MariaDB dev database, where a schema is a database: scratch and cache schemas are
 * {@code migrate_*} databases on the dev server. DDL commits at once. Owner and cache markers are database comments
 * ({@code information_schema.schemata.schema_comment}, MariaDB 10.5 and later); MySQL has no database comments, so
 * there scratch databases of killed runs are removed only after the grace period their name's time gives, and
 * replays are not cached. A session is a connection id ({@code information_schema.processlist}) and the server's
 * start, so an id reused after a restart is not taken for the old one.
 */
final class MySqlDevSchemas implements DevSchemas {

    /** {@code ER_DB_CREATE_EXISTS}. */
    private static final int DATABASE_EXISTS = 1007;

    /** The server's start is computed from its uptime in whole seconds, so two readings may differ by one. */
    private static final long START_TOLERANCE_MICROS = 2_000_000;

    private final String liquibaseName;

    MySqlDevSchemas(String liquibaseName) {
        this.liquibaseName = liquibaseName;
    }

    @Override
    public String liquibaseName() {
        return liquibaseName;
    }

    @Override
    public boolean transactionalDdl() {
        return false;
    }

    @Override
    public Map<String, String> withPrefix(Connection connection, String prefix) throws SQLException {
        Map<String, String> schemas = new LinkedHashMap<>();
        String comment = hasComments(connection) ? "schema_comment" : "null";
        try (PreparedStatement query = connection.prepareStatement("select schema_name, " + comment
                + " from information_schema.schemata where left(schema_name, ?) = ? order by schema_name")) {
            query.setInt(1, prefix.length());
            query.setString(2, prefix);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String text = rows.getString(2);
                    schemas.put(rows.getString(1), text == null || text.isEmpty() ? null : text);
                }
            }
        }
        return schemas;
    }

    @Override
    public void create(Connection connection, String name) throws SQLException {
        execute(connection, "create database " + MySqlIdentifiers.quote(name));
    }

    @Override
    public void comment(Connection connection, String name, String comment) throws SQLException {
        if (hasComments(connection)) {
            execute(connection, "alter database " + MySqlIdentifiers.quote(name) + " comment = "
                    + MySqlIdentifiers.literal(comment));
        }
    }

    @Override
    public void drop(Connection connection, String name) throws SQLException {
        execute(connection, "drop database if exists " + MySqlIdentifiers.quote(name));
    }

    /**
     * MySQL cannot rename a database: the target is created (failing when it exists), takes the tables and the
     * comment, and the source is dropped. Views and routines do not move.
     */
    @Override
    public void rename(Connection connection, String from, String to) throws SQLException {
        String comment = withPrefix(connection, from).get(from);
        create(connection, to);
        List<String> tables = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("select table_name from information_schema.tables "
                + "where table_schema = ? and table_type in ('BASE TABLE', 'SEQUENCE')")) {
            query.setString(1, from);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
        }
        if (!tables.isEmpty()) {
            execute(connection, "rename table " + tables.stream().map(t -> qualified(from, t) + " to "
                    + qualified(to, t)).collect(Collectors.joining(", ")));
        }
        if (comment != null) {
            comment(connection, to, comment);
        }
        drop(connection, from);
    }

    private static String qualified(String schema, String table) {
        return MySqlIdentifiers.quote(schema) + "." + MySqlIdentifiers.quote(table);
    }

    @Override
    public boolean isDuplicateSchema(SQLException failure) {
        return failure.getErrorCode() == DATABASE_EXISTS;
    }

    @Override
    public String currentSchema(Connection connection) throws SQLException {
        return connection.getCatalog();
    }

    @Override
    public void useSchema(Connection connection, String name) throws SQLException {
        connection.setCatalog(name);
    }

    /** A connection opened without a database cannot go back to none; it stays on the (dropped) scratch one. */
    @Override
    public void restoreSchema(Connection connection, String saved) throws SQLException {
        if (saved != null && !saved.isEmpty()) {
            connection.setCatalog(saved);
        }
    }

    @Override
    public BackendIdentity owner(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select connection_id()")) {
            row.next();
            return new BackendIdentity(row.getLong(1), serverStartMicros(connection));
        }
    }

    @Override
    public boolean isAlive(Connection connection, BackendIdentity owner) throws SQLException {
        if (Math.abs(serverStartMicros(connection) - owner.startMicros()) > START_TOLERANCE_MICROS) {
            return false; // the server restarted since: every session of before is gone
        }
        try (PreparedStatement query = connection.prepareStatement(
                "select 1 from information_schema.processlist where id = ?")) {
            query.setLong(1, owner.pid());
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }

    private static long serverStartMicros(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("show global status like 'Uptime'")) {
            long uptime = row.next() ? row.getLong(2) : 0;
            return (System.currentTimeMillis() / 1000 - uptime) * 1_000_000;
        }
    }

    private static boolean hasComments(Connection connection) throws SQLException {
        return MySqlInspector.isMariaDb(connection);
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

}
