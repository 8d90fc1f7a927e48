package dev.migrate.plan;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.migrate.diff.EnumChange;
import dev.migrate.diff.SchemaChange;
import dev.migrate.diff.SequenceChange.AlterSequence;
import dev.migrate.diff.SequenceChange.CreateSequence;
import dev.migrate.diff.SequenceChange.DropSequence;
import dev.migrate.diff.TableChange;
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
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.Table;

/**
 * Puts changes in an order a database accepts, splitting some so that each piece lands where its dependencies are
 * met: foreign keys and constraint drops first; enums and sequences before the tables that use them; new tables in
 * reference order, with foreign keys of reference cycles added afterwards; new keys before the foreign keys that
 * need them; sequence ownership once the owning column exists (and released before it goes); drops last. Because
 * every piece is itself a change with an inverse, running the pieces' inverses backwards undoes the whole.
 */
final class ChangeOrdering {

    private enum Phase {
        DROP_FOREIGN_KEYS, DROP_CONSTRAINTS, DROP_GENERATED_COLUMNS, TYPES_AND_SEQUENCES, CREATE_TABLES,
        MODIFY_COLUMNS, ADD_GENERATED_COLUMNS, ADD_KEYS, ADD_FOREIGN_KEYS, OWN_SEQUENCES, DROP_COLUMNS, DROP_TABLES,
        DROP_TYPES_AND_SEQUENCES
    }

    /** Where the changes that need no splitting go. */
    private static final Map<Class<? extends SchemaChange>, Phase> PHASE_OF = Map.ofEntries(
            Map.entry(DropForeignKey.class, Phase.DROP_FOREIGN_KEYS),
            Map.entry(DropIndex.class, Phase.DROP_CONSTRAINTS),
            Map.entry(DropCheck.class, Phase.DROP_CONSTRAINTS),
            Map.entry(DropUnique.class, Phase.DROP_CONSTRAINTS),
            Map.entry(DropPrimaryKey.class, Phase.DROP_CONSTRAINTS),
            Map.entry(EnumChange.CreateEnum.class, Phase.TYPES_AND_SEQUENCES),
            Map.entry(EnumChange.AddEnumValues.class, Phase.TYPES_AND_SEQUENCES),
            Map.entry(EnumChange.DropEnum.class, Phase.DROP_TYPES_AND_SEQUENCES),
            Map.entry(AlterColumn.class, Phase.MODIFY_COLUMNS),
            Map.entry(SetTableComment.class, Phase.MODIFY_COLUMNS),
            Map.entry(AddPrimaryKey.class, Phase.ADD_KEYS),
            Map.entry(AddUnique.class, Phase.ADD_KEYS),
            Map.entry(CreateIndex.class, Phase.ADD_KEYS),
            Map.entry(AddCheck.class, Phase.ADD_KEYS),
            Map.entry(AddForeignKey.class, Phase.ADD_FOREIGN_KEYS));

    private final Map<Phase, List<SchemaChange>> phases = new EnumMap<>(Phase.class);

    private ChangeOrdering() {
        for (Phase phase : Phase.values()) {
            phases.put(phase, new ArrayList<>());
        }
    }

    /** The changes in execution order, some split into pieces. */
    static List<SchemaChange> arrange(List<SchemaChange> changes) {
        ChangeOrdering ordering = new ChangeOrdering();
        ordering.placeAll(changes);
        List<SchemaChange> ordered = new ArrayList<>();
        ordering.phases.values().forEach(ordered::addAll);
        return ordered;
    }

    private void placeAll(List<SchemaChange> changes) {
        List<CreateTable> newTables = new ArrayList<>();
        Set<String> tablesWithNewKeys = new HashSet<>();
        for (SchemaChange change : changes) {
            if (change instanceof CreateTable create) {
                newTables.add(create);
            }
            else {
                if (change instanceof AddPrimaryKey || change instanceof AddUnique
                        || change instanceof CreateIndex create && create.index().unique()) {
                    tablesWithNewKeys.add(((TableChange) change).tableName());
                }
                place(change);
            }
        }
        placeNewTables(newTables, tablesWithNewKeys);
    }

    private void place(SchemaChange change) {
        if (change instanceof CreateSequence create) {
            placeSequenceChange(null, create.sequence());
        }
        else if (change instanceof DropSequence drop) {
            placeSequenceChange(drop.sequence(), null);
        }
        else if (change instanceof AlterSequence alter) {
            placeSequenceChange(alter.from(), alter.to());
        }
        else if (change instanceof DropColumn drop) {
            placeColumnDrop(drop);
        }
        else if (change instanceof AddColumn add) {
            placeColumnAdd(add);
        }
        else if (change instanceof DropTable drop) {
            placeTableDrop(drop);
        }
        else {
            Phase phase = PHASE_OF.get(change.getClass());
            if (phase == null) {
                throw new IllegalStateException("No phase for " + change.getClass().getSimpleName());
            }
            add(phase, change);
        }
    }

    /**
     * Generated columns hold no data of their own: they go early, before the columns they read change or go, and
     * come back once those columns are in their final shape.
     */
    private void placeColumnDrop(DropColumn drop) {
        add(drop.column().generatedExpression() != null ? Phase.DROP_GENERATED_COLUMNS : Phase.DROP_COLUMNS, drop);
    }

    private void placeColumnAdd(AddColumn add) {
        add(add.column().generatedExpression() != null ? Phase.ADD_GENERATED_COLUMNS : Phase.MODIFY_COLUMNS, add);
    }

    private void placeTableDrop(DropTable drop) {
        Table table = drop.table();
        for (ForeignKey key : table.foreignKeys()) {
            add(Phase.DROP_FOREIGN_KEYS, new DropForeignKey(table.name(), key));
        }
        add(Phase.DROP_TABLES, new DropTable(table.withForeignKeys(List.of())));
    }

    /**
     * Splits a sequence change so ownership is released before its owner may go and taken once its owner exists;
     * {@code from} or {@code to} is {@code null} for a create or a drop.
     */
    private void placeSequenceChange(Sequence from, Sequence to) {
        Sequence current = from;
        if (from != null && from.isOwned() && (to == null || !sameOwner(from, to))) {
            current = from.withOwner(null, null);
            add(Phase.DROP_FOREIGN_KEYS, new AlterSequence(from, current));
        }
        if (to == null) {
            add(Phase.DROP_TYPES_AND_SEQUENCES, new DropSequence(current));
            return;
        }
        Sequence unownedTarget = current != null && sameOwner(current, to) ? to : to.withOwner(null, null);
        if (current == null) {
            add(Phase.TYPES_AND_SEQUENCES, new CreateSequence(unownedTarget));
        }
        else if (!current.equals(unownedTarget)) {
            add(Phase.TYPES_AND_SEQUENCES, new AlterSequence(current, unownedTarget));
        }
        if (!unownedTarget.equals(to)) {
            add(Phase.OWN_SEQUENCES, new AlterSequence(unownedTarget, to));
        }
    }

    private static boolean sameOwner(Sequence a, Sequence b) {
        return Objects.equals(a.ownedByTable(), b.ownedByTable())
                && Objects.equals(a.ownedByColumn(), b.ownedByColumn());
    }

    /**
     * New tables in reference order; a foreign key to a table created later (a cycle) or to a key that is only added
     * by this plan is added after the tables and keys exist.
     */
    private void placeNewTables(List<CreateTable> creates, Set<String> tablesWithNewKeys) {
        Map<String, Table> byName = new LinkedHashMap<>();
        creates.forEach(c -> byName.put(c.table().name(), c.table()));
        List<Table> order = new ArrayList<>();
        Set<String> visited = new HashSet<>();
        byName.values().forEach(table -> visit(table, byName, visited, order));
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            position.put(order.get(i).name(), i);
        }
        for (Table table : order) {
            List<ForeignKey> inline = new ArrayList<>();
            for (ForeignKey key : table.foreignKeys()) {
                Integer referenced = position.get(key.referencedTable());
                boolean later = referenced != null && referenced > position.get(table.name());
                boolean keyNotYetThere = referenced == null && tablesWithNewKeys.contains(key.referencedTable());
                if (later || keyNotYetThere) {
                    add(Phase.ADD_FOREIGN_KEYS, new AddForeignKey(table.name(), key));
                }
                else {
                    inline.add(key);
                }
            }
            add(Phase.CREATE_TABLES, new CreateTable(table.withForeignKeys(inline)));
        }
    }

    private static void visit(Table table, Map<String, Table> byName, Set<String> visited, List<Table> order) {
        if (!visited.add(table.name())) {
            return;
        }
        for (ForeignKey key : table.foreignKeys()) {
            Table referenced = byName.get(key.referencedTable());
            if (referenced != null) {
                visit(referenced, byName, visited, order);
            }
        }
        order.add(table);
    }

    private void add(Phase phase, SchemaChange change) {
        phases.get(phase).add(change);
    }

}
