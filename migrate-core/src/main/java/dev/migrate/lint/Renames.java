package dev.migrate.lint;

import java.util.List;
import java.util.Optional;

import dev.migrate.diff.SchemaChange;
import dev.migrate.diff.TableChange.AddColumn;
import dev.migrate.diff.TableChange.CreateTable;
import dev.migrate.diff.TableChange.DropColumn;
import dev.migrate.diff.TableChange.DropTable;
import dev.migrate.plan.Risk;
import dev.migrate.plan.RiskCode;
import dev.migrate.schema.Column;

/**
 * A statement whose only effect is a table or column under a new name: the differ sees a drop and an add, lint sees the
 * rename it is ({@code BC101}, {@code BC102}), which loses no data but breaks code that still uses the old name.
 */
final class Renames {

    private Renames() {
    }

    static Optional<Risk> of(StatementChanges step) {
        List<SchemaChange> changes = step.changes();
        List<DropTable> droppedTables = only(changes, DropTable.class);
        List<CreateTable> createdTables = only(changes, CreateTable.class);
        if (droppedTables.size() == 1 && createdTables.size() == 1) {
            return Optional.of(new Risk(RiskCode.BC101, "Renaming table " + q(droppedTables.get(0).tableName())
                    + " to " + q(createdTables.get(0).tableName())));
        }
        List<DropColumn> droppedColumns = only(changes, DropColumn.class);
        List<AddColumn> addedColumns = only(changes, AddColumn.class);
        if (droppedColumns.size() == 1 && addedColumns.size() == 1) {
            DropColumn drop = droppedColumns.get(0);
            AddColumn add = addedColumns.get(0);
            if (drop.tableName().equals(add.tableName()) && sameDefinition(drop.column(), add.column())) {
                return Optional.of(new Risk(RiskCode.BC102, "Renaming column " + q(drop.column().name()) + " to "
                        + q(add.column().name()) + " of table " + q(drop.tableName())));
            }
        }
        return Optional.empty();
    }

    private static boolean sameDefinition(Column a, Column b) {
        return a.type().equals(b.type()) && a.nullable() == b.nullable()
                && java.util.Objects.equals(a.defaultExpression(), b.defaultExpression());
    }

    private static <T> List<T> only(List<SchemaChange> changes, Class<T> type) {
        return changes.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static String q(String name) {
        return '"' + name + '"';
    }

}
