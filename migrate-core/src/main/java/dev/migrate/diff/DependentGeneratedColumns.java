package dev.migrate.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import dev.migrate.diff.TableChange.AddColumn;
import dev.migrate.diff.TableChange.AlterColumn;
import dev.migrate.diff.TableChange.DropColumn;
import dev.migrate.schema.Column;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Table;

/**
 * A database will not change the type of a column that a generated column reads. Such a generated column is
 * dropped before and added again after (it holds no data of its own). A generated column counts as reading a
 * column when its expression names it as a whole word, which may be more often than needed, never less.
 */
final class DependentGeneratedColumns {

    private DependentGeneratedColumns() {
    }

    static List<SchemaChange> complete(List<SchemaChange> changes, Schema from) {
        Map<String, Table> tables = new HashMap<>();
        from.tables().stream().filter(t -> t.columns().stream().anyMatch(c -> c.generatedExpression() != null))
                .forEach(t -> tables.put(t.name(), t));
        if (tables.isEmpty()) {
            return changes;
        }
        List<SchemaChange> completed = new ArrayList<>(changes);
        Set<String> handled = new HashSet<>();
        for (SchemaChange change : changes) {
            if (change instanceof AlterColumn alter && changesType(alter.from(), alter.to())
                    && tables.containsKey(alter.tableName())) {
                for (Column generated : tables.get(alter.tableName()).columns()) {
                    if (generated.generatedExpression() != null && reads(generated, alter.from().name())
                            && handled.add(alter.tableName() + '\0' + generated.name())) {
                        recreate(completed, alter.tableName(), generated);
                    }
                }
            }
        }
        return completed;
    }

    /** Replaces whatever happens to the generated column by a drop, then an add of what it becomes (if anything). */
    private static void recreate(List<SchemaChange> changes, String tableName, Column generated) {
        Column target = generated;
        for (int i = 0; i < changes.size(); i++) {
            SchemaChange change = changes.get(i);
            if (change instanceof DropColumn drop && drop.tableName().equals(tableName)
                    && drop.column().name().equals(generated.name())) {
                return;
            }
            if (change instanceof AlterColumn alter && alter.tableName().equals(tableName)
                    && alter.from().name().equals(generated.name())) {
                target = alter.to();
                changes.remove(i);
                break;
            }
        }
        changes.add(new DropColumn(tableName, generated));
        changes.add(new AddColumn(tableName, target));
    }

    private static boolean changesType(Column from, Column to) {
        return !from.type().equals(to.type()) || !Objects.equals(from.collation(), to.collation());
    }

    private static boolean reads(Column generated, String column) {
        return Pattern.compile("(?<![\\w$])" + Pattern.quote(column) + "(?![\\w$])")
                .matcher(generated.generatedExpression()).find();
    }

}
