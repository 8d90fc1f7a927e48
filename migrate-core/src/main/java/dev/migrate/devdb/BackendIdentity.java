package dev.migrate.devdb;

/**
 * A database session (one connection: a PostgreSQL backend, an H2 session) told apart from a later session that
 * reuses its id: the id together with the session's start time in microseconds.
 */
public record BackendIdentity(long pid, long startMicros) {
}
