package dev.migrate.dialect;

import java.sql.Connection;
import java.util.List;

import dev.migrate.devdb.DevSchemas;
import dev.migrate.diff.SchemaChange;
import dev.migrate.diff.SchemaDiffer;
import dev.migrate.plan.Plan;
import dev.migrate.schema.InspectOptions;
import dev.migrate.schema.Schema;

/**
 * What differs from one database to another: reading a schema, comparing two in the database's canonical form,
 * turning changes into its SQL (with the reverse), and the schema-level statements of the dev database. The rest of
 * the pipeline (differ logic, change ordering, replay, cache, writer) is shared. One implementation per folder:
 * {@code dev.migrate.postgres}, {@code dev.migrate.h2}.
 */
public interface Dialect {

    /** The database's name, for messages. */
    String name();

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
