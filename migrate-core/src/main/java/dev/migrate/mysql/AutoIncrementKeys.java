package dev.migrate.mysql;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.migrate.diff.SchemaChange;
import dev.migrate.diff.TableChange.AddPrimaryKey;
import dev.migrate.diff.TableChange.AlterColumn;
import dev.migrate.diff.TableChange.DropPrimaryKey;

/**
 * MySQL wants an {@code AUTO_INCREMENT} column to be a key at every moment. When a column gains it together with a
 * new primary key, the planner's order (columns first, keys after) would break that; so the column is modified
 * without it and {@code ADD PRIMARY KEY} gives it, in one statement. When a column loses it together with its
 * primary key, {@code DROP PRIMARY KEY} takes it away in the same statement. The reverse of each does the opposite,
 * so both directions of a plan are found here, by the changes of one plan.
 */
final class AutoIncrementKeys {

    private final Map<SchemaChange, String> keyClauses = new HashMap<>();

    private final Set<SchemaChange> withoutAutoIncrement = new HashSet<>();

    static AutoIncrementKeys of(List<SchemaChange> changes) {
        AutoIncrementKeys keys = new AutoIncrementKeys();
        for (SchemaChange change : changes) {
            if (!(change instanceof AlterColumn alter)) {
                continue;
            }
            boolean gains = alter.from().identity() == null && alter.to().identity() != null;
            boolean loses = alter.from().identity() != null && alter.to().identity() == null;
            if (gains) {
                changes.stream().filter(c -> c instanceof AddPrimaryKey add && add.tableName().equals(alter.tableName()))
                    .findFirst().ifPresent(add -> keys.pair(add, alter, alter.to()));
            }
            else if (loses) {
                changes.stream().filter(c -> c instanceof DropPrimaryKey drop
                        && drop.tableName().equals(alter.tableName()))
                    .findFirst().ifPresent(drop -> keys.pair(drop.inverse().orElseThrow(),
                            (AlterColumn) alter.inverse().orElseThrow(), alter.from()));
            }
        }
        return keys;
    }

    /** {@code add} gives {@code column} its AUTO_INCREMENT; {@code alter} runs before it, without it. */
    private void pair(SchemaChange add, AlterColumn alter, dev.migrate.schema.Column column) {
        keyClauses.put(add, "MODIFY COLUMN " + MySqlStatements.columnDefinition(column));
        keyClauses.put(add.inverse().orElseThrow(),
                "MODIFY COLUMN " + MySqlStatements.columnDefinition(column.withIdentity(null)));
        withoutAutoIncrement.add(alter);
    }

    /** The clause that goes with an {@code ADD} or {@code DROP PRIMARY KEY}, if any. */
    Optional<String> clauseFor(SchemaChange keyChange) {
        return Optional.ofNullable(keyClauses.get(keyChange));
    }

    /** Whether the column change leaves AUTO_INCREMENT to the key change. */
    boolean defers(AlterColumn alter) {
        return withoutAutoIncrement.contains(alter);
    }

}
