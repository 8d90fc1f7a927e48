package dev.migrate.devdb;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/**
 * The few statements on whole schemas that scratch schemas, the replay cache and replay need, in one database's
 * SQL. Names are passed exactly as stored (case included); implementations quote them.
 */
public interface DevSchemas {

    /** The database's name in Liquibase's {@code dbms} attribute, which decides the changesets a replay runs. */
    String liquibaseName();

    /**
     * Whether schema DDL takes part in transactions (PostgreSQL), so that a schema created in a transaction that is
     * rolled back never existed for anyone else; false where DDL commits at once (H2).
     */
    boolean transactionalDdl();

    /** Schemas whose name starts with {@code prefix}, in name order, with their comments (null when none). */
    Map<String, String> withPrefix(Connection connection, String prefix) throws SQLException;

    void create(Connection connection, String name) throws SQLException;

    void comment(Connection connection, String name, String comment) throws SQLException;

    /** Drops the schema and everything in it; no error when it does not exist. */
    void drop(Connection connection, String name) throws SQLException;

    void rename(Connection connection, String from, String to) throws SQLException;

    /** Whether the failure of a rename means that the target name is taken. */
    boolean isDuplicateSchema(SQLException failure);

    /** The connection's current schema setting, in a form {@link #restoreSchema} takes back. */
    String currentSchema(Connection connection) throws SQLException;

    /** Makes unqualified names of the connection resolve to this schema alone. */
    void useSchema(Connection connection, String name) throws SQLException;

    void restoreSchema(Connection connection, String saved) throws SQLException;

    /** The session (backend) of this connection, as other connections see it. */
    BackendIdentity owner(Connection connection) throws SQLException;

    /** Whether that session still exists. */
    boolean isAlive(Connection connection, BackendIdentity owner) throws SQLException;

}
