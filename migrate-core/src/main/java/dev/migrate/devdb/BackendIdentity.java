package dev.migrate.devdb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A PostgreSQL backend (one connection) told apart from a later backend that reuses its pid: the pid together with
 * the backend's start time in microseconds.
 */
record BackendIdentity(long pid, long startMicros) {

    private static final String START_MICROS = "(extract(epoch from backend_start) * 1000000)::bigint";

    static BackendIdentity of(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select pid, " + START_MICROS + " from pg_stat_activity where pid = pg_backend_pid()");
                ResultSet row = query.executeQuery()) {
            if (!row.next()) {
                throw new SQLException("pg_stat_activity has no row for this connection's backend");
            }
            return new BackendIdentity(row.getLong(1), row.getLong(2));
        }
    }

    /** Whether this backend still runs; pg_stat_activity lists every backend's pid and start to every role. */
    boolean isAlive(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select 1 from pg_stat_activity where pid = ? and " + START_MICROS + " = ?")) {
            query.setLong(1, pid);
            query.setLong(2, startMicros);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }

}
