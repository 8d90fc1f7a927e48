package dev.migrate.generate;

import dev.migrate.schema.ColumnType;

/**
 * A column dropped and another of the same type added in the same table: most likely a renamed attribute, which the
 * plan would otherwise turn into data loss.
 *
 * @param renameStatement the dialect's statement that keeps the data, with its semicolon
 */
public record LikelyRename(String table, String from, String to, ColumnType type, String renameStatement) {

    /** Comment lines that warn about the drop and show the rename alternative. */
    String comment() {
        return "-- likely rename: " + quoted(table) + "." + quoted(from) + " is dropped and " + quoted(to)
                + " of the same type (" + type.describe() + ") is added.\n"
                + "-- The statements below lose the data of " + quoted(from)
                + ". If the attribute was renamed, replace its drop and add with:\n"
                + "--   " + renameStatement + "\n";
    }

    /** Names as Atlas writes them in comments. */
    private static String quoted(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

}
