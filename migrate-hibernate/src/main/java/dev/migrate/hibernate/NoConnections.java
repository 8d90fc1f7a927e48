package dev.migrate.hibernate;

import java.sql.Connection;

import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;

/**
 * The connection provider of a mapping that never connects: said explicitly, so Hibernate does not warn that it found
 * none (HHH102003). Asking it for a connection is a bug, and says so.
 */
final class NoConnections implements ConnectionProvider {

    @Override
    public Connection getConnection() {
        throw new UnsupportedOperationException("Mapping the entities opens no database connection");
    }

    @Override
    public void closeConnection(Connection connection) {
    }

    @Override
    public boolean supportsAggressiveRelease() {
        return false;
    }

    @Override
    public boolean isUnwrappableAs(Class<?> type) {
        return false;
    }

    @Override
    public <T> T unwrap(Class<T> type) {
        throw new UnsupportedOperationException("NoConnections wraps nothing");
    }

}
