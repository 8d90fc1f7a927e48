package dev.migrate.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;

import dev.migrate.diff.SchemaChange;
import dev.migrate.diff.SequenceChange.DropSequence;
import dev.migrate.diff.TableChange.AddCheck;
import dev.migrate.diff.TableChange.AddColumn;
import dev.migrate.diff.TableChange.AddForeignKey;
import dev.migrate.diff.TableChange.AddPrimaryKey;
import dev.migrate.diff.TableChange.AddUnique;
import dev.migrate.diff.TableChange.AlterColumn;
import dev.migrate.diff.TableChange.CreateIndex;
import dev.migrate.diff.TableChange.CreateTable;
import dev.migrate.diff.TableChange.DropColumn;
import dev.migrate.diff.TableChange.DropForeignKey;
import dev.migrate.diff.TableChange.DropIndex;
import dev.migrate.diff.TableChange.DropPrimaryKey;
import dev.migrate.diff.TableChange.DropTable;
import dev.migrate.diff.TableChange.DropUnique;
import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnType;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.IndexPart;

/**
 * The coded risks of each change ({@link RiskCode}): which changes lose data, which can fail on the rows a table
 * already has, which drop a constraint. The same for every dialect but for which type changes keep every value,
 * which the dialect says.
 *
 * <p>A change is judged with the rest of its migration when that is known ({@link #of(SchemaChange, Collection)}):
 * as in Atlas, a unique index or foreign key on columns the same migration adds is not data-dependent (the columns
 * are new, hence empty), a foreign key whose column is dropped too is no separate constraint deletion, and a unique
 * index that replaces a non-unique one on the same columns is {@link RiskCode#MF102}. Columns of a table the migration
 * creates count as new, and a key or constraint the migration drops and adds again on the same columns (a rename, a
 * changed action, a referenced key re-created) is no new risk: the rows already satisfied it.
 */
public final class ChangeRisks {

    private final BiPredicate<ColumnType, ColumnType> widening;

    /** @param widening whether every value of the first type fits the second unchanged */
    public ChangeRisks(BiPredicate<ColumnType, ColumnType> widening) {
        this.widening = widening;
    }

    /** The risks of a change on its own, every column it touches taken to hold data already. */
    List<Risk> of(SchemaChange change) {
        return of(change, List.of());
    }

    /** The risks of a change that runs in the same migration as {@code migration} (which may include it). */
    List<Risk> of(SchemaChange change, Collection<SchemaChange> migration) {
        Context context = new Context(migration);
        List<Risk> risks = new ArrayList<>();
        if (change instanceof DropTable drop) {
            risks.add(new Risk(RiskCode.DS102, "Dropping table " + q(drop.tableName())));
        }
        else if (change instanceof DropColumn drop && drop.column().generatedExpression() == null) {
            risks.add(new Risk(RiskCode.DS103, "Dropping non-virtual column " + q(drop.column().name())
                    + " from table " + q(drop.tableName())));
        }
        else if (change instanceof DropSequence drop) {
            risks.add(new Risk(RiskCode.MG105, "Dropping sequence " + q(drop.sequenceName())
                    + " loses its current value"));
        }
        else if (change instanceof AddColumn add && requiresValue(add.column())) {
            risks.add(new Risk(RiskCode.MF103, "Adding a non-nullable " + q(add.column().type().describe())
                    + " column " + q(add.column().name()) + " will fail in case table " + q(add.tableName())
                    + " is not empty"));
        }
        else if (change instanceof AlterColumn alter) {
            alterColumnRisks(alter, risks);
        }
        else if (change instanceof AddUnique add && context.anyExisting(add.tableName(), add.constraint().columns())
                && !context.recreates(add.tableName(), "unique", add.constraint().columns())) {
            risks.add(new Risk(RiskCode.MF101, "Adding a unique constraint " + q(add.constraint().name())
                    + " on table " + q(add.tableName()) + " might fail in case column(s) "
                    + names(add.constraint().columns()) + " contain duplicate entries"));
        }
        else if (change instanceof CreateIndex create && create.index().unique()) {
            uniqueIndexRisk(create, context, risks);
        }
        else if (change instanceof AddPrimaryKey add && context.anyExisting(add.tableName(), add.key().columns())
                && !context.recreates(add.tableName(), "primary key", add.key().columns())) {
            risks.add(new Risk(RiskCode.MG103, "Adding primary key " + q(add.key().name()) + " on table "
                    + q(add.tableName()) + " might fail in case column(s) " + names(add.key().columns())
                    + " contain duplicate or NULL entries"));
        }
        else if (change instanceof AddForeignKey add && context.anyExisting(add.tableName(), add.key().columns())
                && !context.recreates(add.tableName(), foreignKey(add.key()), add.key().columns())) {
            risks.add(new Risk(RiskCode.MG104, "Adding foreign key " + q(add.key().name()) + " on table "
                    + q(add.tableName()) + " might fail in case column(s) " + names(add.key().columns())
                    + " hold values without a row in " + q(add.key().referencedTable())));
        }
        else if (change instanceof AddCheck add) {
            risks.add(new Risk(RiskCode.MG102, "Adding check constraint " + q(add.check().name()) + " on table "
                    + q(add.tableName()) + " might fail in case existing rows violate it"));
        }
        else if (change instanceof DropForeignKey drop && !context.anyDropped(drop.tableName(), drop.key().columns())) {
            risks.add(new Risk(RiskCode.CD101, "Dropping foreign-key constraint " + q(drop.key().name())
                    + " from table " + q(drop.tableName())));
        }
        return List.copyOf(risks);
    }

    /**
     * Whether a column change narrows its type: the new type does not hold every value of the old one unchanged. A
     * column that becomes generated is not narrowed (its values are computed anew).
     */
    boolean narrows(AlterColumn alter) {
        return alter.to().generatedExpression() == null && !widening.test(alter.from().type(), alter.to().type());
    }

    private void alterColumnRisks(AlterColumn alter, List<Risk> risks) {
        Column from = alter.from();
        Column to = alter.to();
        String column = q(to.name()) + " of table " + q(alter.tableName());
        if (to.generatedExpression() != null && from.generatedExpression() == null) {
            risks.add(new Risk(RiskCode.MG106, "Making column " + column + " generated replaces its values with "
                    + "those of the expression"));
        }
        else if (narrows(alter)) {
            risks.add(new Risk(RiskCode.MG101, "Changing column " + column + " from " + from.type().describe()
                    + " to " + to.type().describe() + " will fail in case a value does not fit the new type"));
        }
        if (from.nullable() && !to.nullable() && to.generatedExpression() == null) {
            risks.add(new Risk(RiskCode.MF104, "Modifying nullable column " + column
                    + " to non-nullable might fail in case it contains NULL values"));
        }
    }

    private static void uniqueIndexRisk(CreateIndex create, Context context, List<Risk> risks) {
        Index index = create.index();
        List<String> columns = index.parts().stream().map(IndexPart::column).filter(c -> c != null).toList();
        if (context.replacesNonUnique(create)) {
            risks.add(new Risk(RiskCode.MF102, "Modifying an index " + q(index.name()) + " on table "
                    + q(create.tableName()) + " might fail in case of duplicate entries"));
        }
        else if (columns.size() < index.parts().size() || context.anyExisting(create.tableName(), columns)) {
            risks.add(new Risk(RiskCode.MF101, "Adding a unique index " + q(index.name()) + " on table "
                    + q(create.tableName()) + " might fail in case column(s) " + names(columns)
                    + " contain duplicate entries"));
        }
    }

    /** A new column that existing rows cannot fill: NOT NULL, with no default, identity or expression. */
    private static boolean requiresValue(Column column) {
        return !column.nullable() && column.defaultExpression() == null && column.identity() == null
                && column.generatedExpression() == null;
    }

    /** What identifies a foreign key besides its table and columns: where it points. */
    private static String foreignKey(ForeignKey key) {
        return "foreign key to " + key.referencedTable() + key.referencedColumns();
    }

    private static String names(List<String> columns) {
        return String.join(", ", columns.stream().map(ChangeRisks::q).toList());
    }

    private static String q(String name) {
        return '"' + (name == null ? "" : name) + '"';
    }

    /** What the rest of the migration adds and drops, as far as a change's risk depends on it. */
    private static final class Context {

        private final Set<String> added = new HashSet<>();
        private final Set<String> dropped = new HashSet<>();
        private final List<DropIndex> droppedIndexes = new ArrayList<>();
        /** Keys and constraints the migration drops, to tell a re-creation (same definition) from a new one. */
        private final Set<String> droppedConstraints = new HashSet<>();

        Context(Collection<SchemaChange> migration) {
            for (SchemaChange change : migration) {
                if (change instanceof AddColumn add) {
                    added.add(key(add.tableName(), add.column().name()));
                }
                else if (change instanceof CreateTable create) {
                    // A new table is empty: whatever the migration adds to it later (a deferred foreign key) is safe.
                    create.table().columns().forEach(column -> added.add(key(create.tableName(), column.name())));
                }
                else if (change instanceof DropUnique drop) {
                    droppedConstraints.add(constraint(drop.tableName(), "unique", drop.constraint().columns()));
                }
                else if (change instanceof DropPrimaryKey drop) {
                    droppedConstraints.add(constraint(drop.tableName(), "primary key", drop.key().columns()));
                }
                else if (change instanceof DropForeignKey drop) {
                    droppedConstraints.add(constraint(drop.tableName(), foreignKey(drop.key()), drop.key().columns()));
                }
                else if (change instanceof DropColumn drop) {
                    dropped.add(key(drop.tableName(), drop.column().name()));
                }
                else if (change instanceof DropIndex drop && !drop.index().unique()) {
                    droppedIndexes.add(drop);
                }
            }
        }

        boolean anyExisting(String table, List<String> columns) {
            return columns.stream().anyMatch(column -> !added.contains(key(table, column)));
        }

        boolean anyDropped(String table, List<String> columns) {
            return columns.stream().anyMatch(column -> dropped.contains(key(table, column)));
        }

        boolean replacesNonUnique(CreateIndex create) {
            return droppedIndexes.stream().anyMatch(drop -> drop.tableName().equals(create.tableName())
                    && drop.index().parts().equals(create.index().parts()));
        }

        /** Whether the migration drops a key or constraint of the same kind and columns: it re-creates it. */
        boolean recreates(String table, String kind, List<String> columns) {
            return droppedConstraints.contains(constraint(table, kind, columns));
        }

        private static String constraint(String table, String kind, List<String> columns) {
            return table + '\u0000' + kind + '\u0000' + columns;
        }

        private static String key(String table, String column) {
            return table + '\u0000' + column;
        }
    }

}
