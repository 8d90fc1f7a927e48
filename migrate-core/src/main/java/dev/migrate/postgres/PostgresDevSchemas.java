package dev.migrate.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.migrate.devdb.BackendIdentity;
import dev.migrate.devdb.StandardDevSchemas;

/**
 * Schemas of a PostgreSQL dev database: comments through {@code pg_namespace}, the current schema as
 * {@code search_path}, and sessions as backends of {@code pg_stat_activity} (which lists every backend's pid and start
 * to every role).
 */
final class PostgresDevSchemas extends StandardDevSchemas {

    private static final String DUPLICATE_SCHEMA = "42P06";

    private static final String START_MICROS = "(extract(epoch from backend_start) * 1000000)::bigint";

    @Override
    protected String quote(String name) {
        return PostgresIdentifiers.quoteAlways(name);
    }

    @Override
    protected String literal(String text) {
        return PostgresIdentifiers.literal(text);
    }

    @Override
    public String liquibaseName() {
        return "postgresql";
    }

    @Override
    public boolean transactionalDdl() {
        return true;
    }

    @Override
    public Map<String, String> withPrefix(Connection connection, String prefix) throws SQLException {
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

    @Override
    public boolean isDuplicateSchema(SQLException failure) {
        return DUPLICATE_SCHEMA.equals(failure.getSQLState());
    }

    @Override
    public String currentSchema(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select current_setting('search_path')");
                ResultSet row = query.executeQuery()) {
            row.next();
            return row.getString(1);
        }
    }

    /** {@code search_path} set to the schema alone, so the catalog also prints expressions unqualified. */
    @Override
    public void useSchema(Connection connection, String name) throws SQLException {
        restoreSchema(connection, quote(name));
    }

    @Override
    public void restoreSchema(Connection connection, String searchPath) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select set_config('search_path', ?, false)")) {
            statement.setString(1, searchPath);
            statement.execute();
        }
    }

    @Override
    public BackendIdentity owner(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select pid, " + START_MICROS + " from pg_stat_activity where pid = pg_backend_pid()");
                ResultSet row = query.executeQuery()) {
            if (!row.next()) {
                throw new SQLException("pg_stat_activity has no row for this connection's backend");
            }
            return new BackendIdentity(row.getLong(1), row.getLong(2));
        }
    }

    @Override
    public boolean isAlive(Connection connection, BackendIdentity owner) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select 1 from pg_stat_activity where pid = ? and " + START_MICROS + " = ?")) {
            query.setLong(1, owner.pid());
            query.setLong(2, owner.startMicros());
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }

}
