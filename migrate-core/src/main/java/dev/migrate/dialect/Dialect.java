package dev.migrate.dialect;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.migrate.devdb.DevSchemas;
import dev.migrate.diff.SchemaChange;
import dev.migrate.diff.SchemaDiffer;
import dev.migrate.plan.Plan;
import dev.migrate.schema.InspectOptions;
import dev.migrate.schema.Schema;

/**
 * One database, described by itself: which product names and JDBC URLs it handles, Hibernate's dialect for it,
 * whether its DDL is transactional, how a private dev database of its kind is made, and what differs from one
 * database to another (reading a schema, comparing two in its canonical form, turning changes into its SQL with the
 * reverse, the schema-level statements of the dev database). The rest of the pipeline (differ logic, change
 * ordering, replay, cache, writer) is shared.
 *
 * <p>Each implementation lives in its own package ({@code dev.migrate.postgres}, {@code dev.migrate.h2}, ...) and
 * registers itself in {@code META-INF/services/dev.migrate.dialect.Dialect}; {@link Dialects} finds them with
 * {@link java.util.ServiceLoader}, so nothing outside a dialect's package names a database.
 */
public interface Dialect {

    /** A short, stable identifier in lower case, e.g. {@code postgresql}. */
    String id();

    /** The database's name, for messages. */
    String name();

    /**
     * The names {@link java.sql.DatabaseMetaData#getDatabaseProductName()} reports for this database, compared
     * without regard to case.
     */
    Set<String> productNames();

    /** The beginnings of the JDBC URLs of this database, e.g. {@code jdbc:postgresql:}. */
    List<String> urlPrefixes();

    /** The class name of Hibernate's dialect for this database, which writes the entities' create script. */
    String hibernateDialect();

    /**
     * Hibernate settings beyond {@link #hibernateDialect()} that make its script the one this server runs, such as
     * the server's version where the dialect writes other types for newer versions; empty by default.
     */
    default Map<String, String> hibernateProperties() {
        return Map.of();
    }

    /**
     * This dialect for the server a connection is open on, for a dialect whose script or SQL depend on the server's
     * version; itself by default.
     */
    default Dialect forServer(DatabaseMetaData server) throws SQLException {
        return this;
    }

    /**
     * Whether schema DDL takes part in transactions, so that a schema created in a transaction that is rolled back
     * never existed for anyone else.
     */
    default boolean transactionalDdl() {
        return devSchemas().transactionalDdl();
    }

    /**
     * The URL of a new private database of this kind, made to read DDL as the live database does, when the dialect
     * can make one without a server (an in-memory database); empty otherwise.
     *
     * @param live a connection to the application's database, to copy its settings from
     */
    default Optional<String> privateDevDatabaseUrl(Connection live) throws SQLException {
        return Optional.empty();
    }

    /** The schema unqualified names of the connection resolve to. */
    default String currentSchema(Connection connection) throws SQLException {
        return connection.getSchema();
    }

    /**
     * Reads one schema into the model, in the dialect's canonical form.
     *
     * @throws dev.migrate.schema.SchemaInspectionException when the catalog cannot be read
     */
    Schema inspect(Connection connection, InspectOptions options);

    /** A differ that compares schemas in this dialect's canonical form. */
    SchemaDiffer differ();

    /** The changes as this dialect's SQL, in an order the database accepts, with their reverse. */
    Plan plan(List<SchemaChange> changes);

    /** Scratch schema, cache and current-schema statements of this database. */
    DevSchemas devSchemas();

    /** The statement that renames a column, for the hint on a likely rename. */
    String renameColumn(String table, String from, String to);

    /** The dialect of the database a connection is open on. */
    static Dialect of(Connection connection) {
        return Dialects.of(connection);
    }

}
