package dev.migrate.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.migrate.schema.EnumType;
import dev.migrate.schema.Index;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;

/**
 * Leaves alone what the current schema has but no entity maps, as a team that wrote it by hand expects: tables,
 * standalone sequences, enum types, and the indexes of mapped tables that no entity declares (on foreign-key columns,
 * which Hibernate never indexes, or for a query). They are taken out of the current schema before diffing, so the
 * diff neither drops nor touches them. With {@code dropUnmappedTables} unmapped tables stay in and the diff drops
 * them, with {@code dropUnmappedIndexes} the same for indexes; sequences and enum types are always left alone.
 *
 * <p>An index counts as declared when the desired table has an index or unique constraint of the same definition
 * (whatever its name), since the differ pairs those by definition.
 */
public final class UnmappedObjects {

    private UnmappedObjects() {
    }

    /** The current schema without what the diff is to leave alone. */
    public static Schema leaveAlone(Schema current, Schema desired, DiffOptions options) {
        Set<String> sequences = names(desired.sequences(), Sequence::name);
        Set<String> enums = names(desired.enums(), EnumType::name);
        Map<String, Table> desiredTables = tablesByName(desired);
        return current.withTables(current.tables().stream()
                .filter(table -> options.dropUnmappedTables() || desiredTables.containsKey(table.name()))
                .map(table -> options.dropUnmappedIndexes() ? table
                        : table.withIndexes(table.indexes().stream()
                            .filter(index -> !extra(index, desiredTables.get(table.name())))
                            .toList()))
                .toList())
            .withSequences(current.sequences().stream().filter(sequence -> sequences.contains(sequence.name()))
                .toList())
            .withEnums(current.enums().stream().filter(type -> enums.contains(type.name())).toList());
    }

    /**
     * What the current schema has on mapped tables that no entity declares, for reports: {@code index "ix" on table
     * "t"}. Unmapped tables are not listed (executor history tables would always be).
     */
    public static List<String> extras(Schema current, Schema desired) {
        Map<String, Table> desiredTables = tablesByName(desired);
        List<String> extras = new ArrayList<>();
        for (Table table : current.tables()) {
            Optional.ofNullable(desiredTables.get(table.name())).ifPresent(mapped -> table.indexes().stream()
                .filter(index -> extra(index, mapped))
                .forEach(index -> extras.add("index \"" + index.name() + "\" on table \"" + table.name() + "\"")));
        }
        return extras;
    }

    /** An index of a mapped table that the desired table has no index or unique constraint for. */
    private static boolean extra(Index index, Table desired) {
        if (desired == null) {
            return false;
        }
        boolean declaredIndex = desired.indexes().stream()
            .anyMatch(candidate -> candidate.name().equals(index.name())
                    || candidate.withName(null).equals(index.withName(null)));
        return !declaredIndex && !(index.unique() && declaredUnique(index, desired));
    }

    private static boolean declaredUnique(Index index, Table desired) {
        Set<String> columns = new HashSet<>();
        index.parts().forEach(part -> columns.add(part.column()));
        return desired.uniques().stream().map(UniqueConstraint::columns)
            .anyMatch(unique -> unique.size() == index.parts().size() && new HashSet<>(unique).equals(columns));
    }

    private static Map<String, Table> tablesByName(Schema schema) {
        return schema.tables().stream().collect(Collectors.toMap(Table::name, Function.identity()));
    }

    private static <T> Set<String> names(List<T> objects, Function<T, String> name) {
        return objects.stream().map(name).collect(Collectors.toSet());
    }

}
