package dev.migrate.diff;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.migrate.diff.TableChange.AddForeignKey;
import dev.migrate.diff.TableChange.DropForeignKey;
import dev.migrate.diff.TableChange.DropIndex;
import dev.migrate.diff.TableChange.DropPrimaryKey;
import dev.migrate.diff.TableChange.DropTable;
import dev.migrate.diff.TableChange.DropUnique;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.IndexPart;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Table;

/**
 * A foreign key depends on the key it references (primary key, unique constraint or unique index): when that key is
 * dropped (or replaced), the database refuses unless the foreign key goes first. This adds the drop, and the re-creation when the foreign key is still wanted.
 */
final class DependentForeignKeys {

    private DependentForeignKeys() {
    }

    static List<SchemaChange> complete(List<SchemaChange> changes, Schema from, Schema to) {
        Set<String> droppedKeys = new HashSet<>();
        Set<String> droppedForeignKeys = new HashSet<>();
        for (SchemaChange change : changes) {
            if (change instanceof DropPrimaryKey drop) {
                droppedKeys.add(keyOf(drop.tableName(), drop.key().columns()));
            }
            else if (change instanceof DropUnique drop) {
                droppedKeys.add(keyOf(drop.tableName(), drop.constraint().columns()));
            }
            else if (change instanceof DropIndex drop && drop.index().unique() && drop.index().predicate() == null
                    && drop.index().parts().stream().allMatch(p -> p.column() != null)) {
                droppedKeys.add(keyOf(drop.tableName(),
                        drop.index().parts().stream().map(IndexPart::column).toList()));
            }
            else if (change instanceof DropForeignKey drop) {
                droppedForeignKeys.add(drop.tableName() + '\0' + drop.key().name());
            }
            else if (change instanceof DropTable drop) {
                drop.table().foreignKeys().forEach(f -> droppedForeignKeys.add(drop.tableName() + '\0' + f.name()));
            }
        }
        if (droppedKeys.isEmpty()) {
            return changes;
        }
        List<SchemaChange> completed = new ArrayList<>(changes);
        for (Table table : from.tables()) {
            for (ForeignKey key : table.foreignKeys()) {
                boolean dependsOnDroppedKey = droppedKeys.contains(keyOf(key.referencedTable(),
                        key.referencedColumns()));
                if (dependsOnDroppedKey && !droppedForeignKeys.contains(table.name() + '\0' + key.name())) {
                    completed.add(new DropForeignKey(table.name(), key));
                    if (stillWanted(to, table.name(), key)) {
                        completed.add(new AddForeignKey(table.name(), key));
                    }
                }
            }
        }
        return completed;
    }

    private static boolean stillWanted(Schema to, String tableName, ForeignKey key) {
        return to.table(tableName).map(t -> t.foreignKeys().contains(key)).orElse(false);
    }

    private static String keyOf(String table, List<String> columns) {
        return table + '\0' + String.join("\0", columns);
    }

}
