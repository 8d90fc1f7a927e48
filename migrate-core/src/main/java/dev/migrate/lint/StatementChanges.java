package dev.migrate.lint;

import java.util.List;

import dev.migrate.script.MigrationStatement;
import dev.migrate.diff.SchemaChange;
import dev.migrate.schema.Schema;

/**
 * What one statement of a linted file did: the schema just after it, and the typed changes it made.
 *
 * @param fileStart the schema before the file's first statement: what existed, and so may hold data, when the file runs
 */
record StatementChanges(MigrationStatement statement, Schema fileStart, Schema after, List<SchemaChange> changes) {

    /** Whether the table existed before the file ran, so that it may hold rows. */
    boolean existedBeforeFile(String table) {
        return fileStart.table(table).isPresent();
    }

}
