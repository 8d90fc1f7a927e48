package dev.migrate.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.migrate.devdb.BackendIdentity;
import dev.migrate.devdb.StandardDevSchemas;

/**
 * Schemas of an H2 dev database: comments as {@code INFORMATION_SCHEMA.SCHEMATA.REMARKS}, the current schema through
 * {@code SET SCHEMA}, and sessions from {@code INFORMATION_SCHEMA.SESSIONS} (all of them for an admin user, such as
 * the creator of an in-memory database). Names are model names ({@link H2Identifiers}).
 */
final class H2DevSchemas extends StandardDevSchemas {

    /** {@code ErrorCode.SCHEMA_ALREADY_EXISTS_1}. */
    private static final int SCHEMA_ALREADY_EXISTS = 90078;

    private static final String START_MICROS = "datediff(microsecond, timestamp with time zone "
            + "'1970-01-01 00:00:00+00', session_start)";

    @Override
    protected String quote(String name) {
        return H2Identifiers.quote(name);
    }

    @Override
    protected String literal(String text) {
        return H2Identifiers.literal(text);
    }

    @Override
    public String liquibaseName() {
        return "h2";
    }

    @Override
    public boolean transactionalDdl() {
        return false;
    }

    @Override
    public Map<String, String> withPrefix(Connection connection, String prefix) throws SQLException {
        Map<String, String> schemas = new LinkedHashMap<>();
        // Compared in upper case: a database may fold unquoted names to lower case instead (DATABASE_TO_LOWER).
        try (PreparedStatement query = connection.prepareStatement("select schema_name, remarks from "
                + "information_schema.schemata where left(upper(schema_name), ?) = ? order by schema_name")) {
            String stored = prefix.toUpperCase(java.util.Locale.ROOT);
            query.setInt(1, stored.length());
            query.setString(2, stored);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String remarks = rows.getString(2);
                    schemas.put(H2Identifiers.fromStored(rows.getString(1)), remarks == null || remarks.isEmpty()
                            ? null : remarks);
                }
            }
        }
        return schemas;
    }

    @Override
    public boolean isDuplicateSchema(SQLException failure) {
        return failure.getErrorCode() == SCHEMA_ALREADY_EXISTS;
    }

    @Override
    public String currentSchema(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select current_schema");
                ResultSet row = query.executeQuery()) {
            row.next();
            return H2Identifiers.fromStored(row.getString(1));
        }
    }

    @Override
    public void useSchema(Connection connection, String name) throws SQLException {
        execute(connection, "set schema " + quote(name));
    }

    @Override
    public void restoreSchema(Connection connection, String saved) throws SQLException {
        useSchema(connection, saved);
    }

    @Override
    public BackendIdentity owner(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select session_id, " + START_MICROS
                + " from information_schema.sessions where session_id = session_id()");
                ResultSet row = query.executeQuery()) {
            if (!row.next()) {
                throw new SQLException("INFORMATION_SCHEMA.SESSIONS has no row for this connection's session");
            }
            return new BackendIdentity(row.getLong(1), row.getLong(2));
        }
    }

    @Override
    public boolean isAlive(Connection connection, BackendIdentity owner) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select 1 from information_schema.sessions "
                + "where session_id = ? and " + START_MICROS + " = ?")) {
            query.setLong(1, owner.pid());
            query.setLong(2, owner.startMicros());
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }

}
