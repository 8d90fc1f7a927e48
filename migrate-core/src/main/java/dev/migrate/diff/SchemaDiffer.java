package dev.migrate.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.migrate.diff.EnumChange.AddEnumValues;
import dev.migrate.diff.EnumChange.CreateEnum;
import dev.migrate.diff.EnumChange.DropEnum;
import dev.migrate.diff.SequenceChange.AlterSequence;
import dev.migrate.diff.SequenceChange.CreateSequence;
import dev.migrate.diff.SequenceChange.DropSequence;
import dev.migrate.diff.TableChange.AddCheck;
import dev.migrate.diff.TableChange.AddColumn;
import dev.migrate.diff.TableChange.AddForeignKey;
import dev.migrate.diff.TableChange.AddPrimaryKey;
import dev.migrate.diff.TableChange.AddUnique;
import dev.migrate.diff.TableChange.AlterColumn;
import dev.migrate.diff.TableChange.CreateIndex;
import dev.migrate.diff.TableChange.CreateTable;
import dev.migrate.diff.TableChange.DropCheck;
import dev.migrate.diff.TableChange.DropColumn;
import dev.migrate.diff.TableChange.DropForeignKey;
import dev.migrate.diff.TableChange.DropIndex;
import dev.migrate.diff.TableChange.DropPrimaryKey;
import dev.migrate.diff.TableChange.DropTable;
import dev.migrate.diff.TableChange.DropUnique;
import dev.migrate.diff.TableChange.SetTableComment;
import dev.migrate.schema.EnumType;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Table;

/**
 * Computes the typed changes that turn one schema into another. Both schemas first go through the dialect's
 * {@link SchemaNormalizer}, so equivalent spellings produce no change; objects are paired by name, and a key, index or
 * constraint is only dropped and re-created when its definition changed ({@link ConstraintMatching} says whether a
 * difference in name alone counts). The changes come in no particular execution order: planners order them.
 */
public final class SchemaDiffer {

    private final SchemaNormalizer normalizer;

    private final ConstraintMatching matching;

    /** A differ that pairs constraints {@link ConstraintMatching#BY_NAME by name}. */
    public SchemaDiffer(SchemaNormalizer normalizer) {
        this(normalizer, ConstraintMatching.BY_NAME);
    }

    private SchemaDiffer(SchemaNormalizer normalizer, ConstraintMatching matching) {
        this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
        this.matching = Objects.requireNonNull(matching, "matching");
    }

    /** This differ, pairing keys, constraints and indexes as {@code value} says. */
    public SchemaDiffer matching(ConstraintMatching value) {
        return new SchemaDiffer(normalizer, value);
    }

    /** The changes that turn {@code from} into {@code to}; empty when they are equivalent. */
    public List<SchemaChange> diff(Schema from, Schema to) {
        Schema current = normalizer.normalize(from);
        Schema normalized = normalizer.normalize(to);
        Schema desired = matching == ConstraintMatching.BY_DEFINITION
                ? UniqueEquivalence.adopt(current, CurrentNames.adopt(current, normalized))
                : normalized;
        List<SchemaChange> changes = new ArrayList<>();
        ByName.compare(current.enums(), desired.enums(), EnumType::name, e -> changes.add(new DropEnum(e)),
                e -> changes.add(new CreateEnum(e)), (before, after) -> changes.add(enumChange(before, after)));
        ByName.compare(current.sequences(), desired.sequences(), s -> s.name(),
                s -> changes.add(new DropSequence(s)), s -> changes.add(new CreateSequence(s)),
                (before, after) -> changes.add(new AlterSequence(before, after)));
        ByName.compare(current.tables(), desired.tables(), Table::name, t -> changes.add(new DropTable(t)),
                t -> changes.add(new CreateTable(t)), (before, after) -> diffTable(before, after, changes));
        List<SchemaChange> completed = DependentForeignKeys.complete(changes, current, desired);
        return List.copyOf(DependentGeneratedColumns.complete(completed, current));
    }

    private static SchemaChange enumChange(EnumType from, EnumType to) {
        List<String> kept = to.values().stream().filter(from.values()::contains).toList();
        if (!kept.equals(from.values())) {
            throw new UnsupportedChangeException("Enum type \"" + from.name() + "\" cannot change from "
                    + from.values() + " to " + to.values() + ": values can only be added, not removed or reordered",
                    "Keep the existing values in their order and add new ones, or write a migration by hand that "
                            + "creates a new type, converts the columns to it and drops the old one.");
        }
        return new AddEnumValues(from, to);
    }

    private static void diffTable(Table from, Table to, List<SchemaChange> changes) {
        String table = to.name();
        ByName.compare(from.columns(), to.columns(), c -> c.name(), c -> changes.add(new DropColumn(table, c)),
                c -> changes.add(new AddColumn(table, c)), (before, after) -> {
                    if (after.generatedExpression() != null
                            && !after.generatedExpression().equals(before.generatedExpression())) {
                        // A generation expression cannot be altered in place: the column is computed again.
                        changes.add(new DropColumn(table, before));
                        changes.add(new AddColumn(table, after));
                    }
                    else {
                        changes.add(new AlterColumn(table, before, after));
                    }
                });
        if (!Objects.equals(from.primaryKey(), to.primaryKey())) {
            if (from.primaryKey() != null) {
                changes.add(new DropPrimaryKey(table, from.primaryKey()));
            }
            if (to.primaryKey() != null) {
                changes.add(new AddPrimaryKey(table, to.primaryKey()));
            }
        }
        ByName.replaceChanged(from.uniques(), to.uniques(), u -> u.name(), u -> changes.add(new DropUnique(table, u)),
                u -> changes.add(new AddUnique(table, u)));
        ByName.replaceChanged(from.checks(), to.checks(), c -> c.name(), c -> changes.add(new DropCheck(table, c)),
                c -> changes.add(new AddCheck(table, c)));
        ByName.replaceChanged(from.indexes(), to.indexes(), i -> i.name(), i -> changes.add(new DropIndex(table, i)),
                i -> changes.add(new CreateIndex(table, i)));
        ByName.replaceChanged(from.foreignKeys(), to.foreignKeys(), f -> f.name(),
                f -> changes.add(new DropForeignKey(table, f)), f -> changes.add(new AddForeignKey(table, f)));
        if (!Objects.equals(from.comment(), to.comment())) {
            changes.add(new SetTableComment(table, from.comment(), to.comment()));
        }
    }

}
