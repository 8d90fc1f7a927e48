package dev.migrate.generate;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import dev.migrate.diff.SchemaChange;
import dev.migrate.diff.TableChange;
import dev.migrate.diff.TableChange.AddCheck;
import dev.migrate.diff.TableChange.AddColumn;
import dev.migrate.diff.TableChange.AddForeignKey;
import dev.migrate.diff.TableChange.AddUnique;
import dev.migrate.diff.TableChange.AlterColumn;
import dev.migrate.diff.TableChange.CreateIndex;
import dev.migrate.diff.TableChange.CreateTable;
import dev.migrate.diff.TableChange.DropCheck;
import dev.migrate.diff.TableChange.DropColumn;
import dev.migrate.diff.TableChange.DropForeignKey;
import dev.migrate.diff.TableChange.DropIndex;
import dev.migrate.diff.TableChange.DropTable;
import dev.migrate.diff.TableChange.DropUnique;

/**
 * A short migration name derived from what changes, for when none is given: {@code create_orders},
 * {@code add_email_to_users}, {@code drop_legacy_id_from_users}, {@code add_index_to_orders}, else
 * {@code update_<table>} or {@code update_schema}. What belongs to a table created in the same migration (its
 * indexes, keys), and keys or indexes that come with column changes, do not count on their own.
 */
final class MigrationNames {

    static final int MAX_LENGTH = 60;

    private MigrationNames() {
    }

    static String derive(List<SchemaChange> changes) {
        Set<String> created = tablesOf(changes, CreateTable.class::isInstance);
        List<SchemaChange> main = changes.stream()
            .filter(change -> change instanceof CreateTable || !(change instanceof TableChange table)
                    || !created.contains(table.tableName()))
            .toList();
        List<SchemaChange> tableChanges = main.stream().filter(TableChange.class::isInstance).toList();
        List<SchemaChange> structural = tableChanges.stream().filter(change -> !isSupporting(change)).toList();
        List<SchemaChange> relevant = !structural.isEmpty() ? structural : tableChanges.isEmpty() ? main : tableChanges;
        Set<String> tables = tablesOf(relevant, change -> true);
        return clean(nameFor(relevant, tables));
    }

    private static String nameFor(List<SchemaChange> changes, Set<String> tables) {
        List<String> names = List.copyOf(tables);
        if (all(changes, CreateTable.class)) {
            return "create_" + listed(names);
        }
        if (all(changes, DropTable.class)) {
            return "drop_" + listed(names);
        }
        if (tables.size() != 1) {
            return "update_schema";
        }
        String table = names.get(0);
        if (all(changes, AddColumn.class)) {
            return changes.size() == 1 ? "add_" + ((AddColumn) changes.get(0)).column().name() + "_to_" + table
                    : "add_columns_to_" + table;
        }
        if (all(changes, DropColumn.class)) {
            return changes.size() == 1 ? "drop_" + ((DropColumn) changes.get(0)).column().name() + "_from_" + table
                    : "drop_columns_from_" + table;
        }
        if (all(changes, AlterColumn.class) && changes.size() == 1) {
            return "alter_" + ((AlterColumn) changes.get(0)).to().name() + "_in_" + table;
        }
        if (all(changes, CreateIndex.class)) {
            return "add_index_to_" + table;
        }
        return "update_" + table;
    }

    /** Keys, constraints and indexes that come with a column change and need no words of their own. */
    private static boolean isSupporting(SchemaChange change) {
        return change instanceof AddForeignKey || change instanceof DropForeignKey || change instanceof AddUnique
                || change instanceof DropUnique || change instanceof AddCheck || change instanceof DropCheck
                || change instanceof CreateIndex || change instanceof DropIndex;
    }

    private static String listed(List<String> names) {
        return switch (names.size()) {
            case 1 -> names.get(0);
            case 2 -> names.get(0) + "_and_" + names.get(1);
            default -> names.get(0) + "_and_" + (names.size() - 1) + "_more";
        };
    }

    private static boolean all(List<SchemaChange> changes, Class<?> kind) {
        return !changes.isEmpty() && changes.stream().allMatch(kind::isInstance);
    }

    private static Set<String> tablesOf(List<SchemaChange> changes, Predicate<SchemaChange> filter) {
        Set<String> tables = new LinkedHashSet<>();
        for (SchemaChange change : changes) {
            if (change instanceof TableChange table && filter.test(change)) {
                tables.add(table.tableName());
            }
        }
        return tables;
    }

    /** Lower case letters, digits and single underscores, cut at a word boundary. */
    static String clean(String name) {
        String cleaned = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (cleaned.isEmpty()) {
            return "update_schema";
        }
        if (cleaned.length() <= MAX_LENGTH) {
            return cleaned;
        }
        int cut = cleaned.lastIndexOf('_', MAX_LENGTH);
        return cleaned.substring(0, cut > 0 ? cut : MAX_LENGTH);
    }

}
