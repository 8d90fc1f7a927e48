package dev.migrate.mysql;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.migrate.diff.SchemaChange;
import dev.migrate.diff.TableChange.AddForeignKey;
import dev.migrate.diff.TableChange.AlterColumn;
import dev.migrate.diff.TableChange.CreateTable;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Table;

/**
 * InnoDB refuses a foreign key whose columns' types differ from the referenced ones. A new table is created before
 * existing columns change, so its foreign key to a column whose type changes in the same plan is taken out of the
 * {@code CREATE TABLE} and added once the column has its new type.
 */
final class ForeignKeysAfterTypeChanges {

    private ForeignKeysAfterTypeChanges() {
    }

    static List<SchemaChange> split(List<SchemaChange> changes) {
        Set<String> changing = new HashSet<>();
        for (SchemaChange change : changes) {
            if (change instanceof AlterColumn alter && !alter.from().type().equals(alter.to().type())) {
                changing.add(alter.tableName() + '\0' + alter.to().name());
            }
        }
        if (changing.isEmpty()) {
            return changes;
        }
        List<SchemaChange> split = new ArrayList<>();
        for (SchemaChange change : changes) {
            if (!(change instanceof CreateTable create)) {
                split.add(change);
                continue;
            }
            Table table = create.table();
            List<ForeignKey> kept = new ArrayList<>();
            List<ForeignKey> later = new ArrayList<>();
            for (ForeignKey key : table.foreignKeys()) {
                boolean waits = key.referencedColumns().stream()
                    .anyMatch(c -> changing.contains(key.referencedTable() + '\0' + c));
                (waits ? later : kept).add(key);
            }
            split.add(later.isEmpty() ? change : new CreateTable(table.withForeignKeys(kept)));
            later.forEach(key -> split.add(new AddForeignKey(table.name(), key)));
        }
        return split;
    }

}
