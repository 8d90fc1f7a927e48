package dev.migrate.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.migrate.dialect.Dialect;
import dev.migrate.diff.SchemaChange;
import dev.migrate.diff.TableChange.AddColumn;
import dev.migrate.diff.TableChange.DropColumn;

/**
 * Finds likely renames among changes: in one table, each dropped column is paired with the first added column of
 * the same type not yet paired. Only a suggestion: the plan itself is left as the differ made it.
 */
final class LikelyRenames {

    private LikelyRenames() {
    }

    static List<LikelyRename> in(List<SchemaChange> changes, Dialect dialect) {
        Map<String, List<AddColumn>> addedByTable = new LinkedHashMap<>();
        for (SchemaChange change : changes) {
            if (change instanceof AddColumn add) {
                addedByTable.computeIfAbsent(add.tableName(), table -> new ArrayList<>()).add(add);
            }
        }
        List<LikelyRename> renames = new ArrayList<>();
        for (SchemaChange change : changes) {
            if (change instanceof DropColumn drop) {
                List<AddColumn> candidates = addedByTable.getOrDefault(drop.tableName(), new ArrayList<>());
                candidates.stream()
                    .filter(add -> add.column().type().equals(drop.column().type()))
                    .findFirst()
                    .ifPresent(add -> {
                        candidates.remove(add);
                        renames.add(new LikelyRename(drop.tableName(), drop.column().name(), add.column().name(),
                                add.column().type(), dialect.renameColumn(drop.tableName(), drop.column().name(),
                                        add.column().name()) + ";"));
                    });
            }
        }
        return renames;
    }

}
