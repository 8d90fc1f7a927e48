package dev.migrate.generate;

import dev.migrate.postgres.PostgresIdentifiers;
import dev.migrate.postgres.PostgresTypes;
import dev.migrate.schema.ColumnType;

/**
 * A column dropped and another of the same type added in the same table: most likely a renamed attribute, which the
 * plan would otherwise turn into data loss.
 */
public record LikelyRename(String table, String from, String to, ColumnType type) {

    /** The statement that keeps the data, for the migration's comment. */
    public String renameStatement() {
        return "ALTER TABLE " + PostgresIdentifiers.quote(table) + " RENAME COLUMN " + PostgresIdentifiers.quote(from)
                + " TO " + PostgresIdentifiers.quote(to) + ";";
    }

    /** Comment lines that warn about the drop and show the rename alternative. */
    public String comment() {
        return "-- likely rename: " + PostgresIdentifiers.quoteAlways(table) + "."
                + PostgresIdentifiers.quoteAlways(from)
                + " is dropped and " + PostgresIdentifiers.quoteAlways(to) + " of the same type ("
                + PostgresTypes.render(type) + ") is added.\n"
                + "-- The statements below lose the data of " + PostgresIdentifiers.quoteAlways(from)
                + ". If the attribute was renamed, replace its drop and add with:\n"
                + "--   " + renameStatement() + "\n";
    }

}
