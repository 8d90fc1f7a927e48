package dev.migrate.devdb;

import java.sql.Connection;
import java.sql.SQLException;

/** Transactions on the session's auto-commit connection, shared by scratch schemas and the cache. */
final class Schemas {

    private Schemas() {
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
