package dev.migrate.devdb;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A schema that exists only inside one transaction, which is always rolled back: for a database whose DDL is
 * transactional (PostgreSQL). Nothing is ever committed, so no other session sees the schema, and a run killed
 * midway leaves nothing behind: the database aborts its transaction.
 */
final class RolledBackSchema {

    private static final Logger log = LoggerFactory.getLogger(RolledBackSchema.class);

    private RolledBackSchema() {
    }

    /**
     * Creates the schema, makes it the current schema and runs {@code work} in it, then rolls everything back; the
     * current schema setting goes back with the rollback.
     */
    static <T> T run(Connection connection, DevSchemas schemas, Clock clock, DevDatabase.NamedSchemaWork<T> work)
            throws SQLException {
        String name = ScratchSchema.newName(clock);
        connection.setAutoCommit(false);
        try {
            schemas.create(connection, name);
            schemas.useSchema(connection, name);
            return work.run(connection, name);
        }
        finally {
            rollback(connection, name);
        }
    }

    private static void rollback(Connection connection, String name) throws SQLException {
        try {
            connection.rollback();
            log.debug("Rolled back schema {}", name);
        }
        finally {
            connection.setAutoCommit(true);
        }
    }

}
