package dev.migrate.generate;

import java.util.Set;
import java.util.stream.Collectors;

import dev.migrate.schema.EnumType;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.Table;

/**
 * Leaves alone what the directory creates but no entity maps (tables, standalone sequences, enum types): they are
 * taken out of the current schema before diffing, so the diff neither drops nor touches them. With
 * {@code dropUnmappedTables}, unmapped tables stay in and the diff drops them; sequences and enum types are always
 * left alone.
 */
final class UnmappedObjects {

    private UnmappedObjects() {
    }

    static Schema leaveAlone(Schema current, Schema desired, boolean dropUnmappedTables) {
        Set<String> tables = desired.tables().stream().map(Table::name).collect(Collectors.toSet());
        Set<String> sequences = desired.sequences().stream().map(Sequence::name).collect(Collectors.toSet());
        Set<String> enums = desired.enums().stream().map(EnumType::name).collect(Collectors.toSet());
        return current.withTables(current.tables().stream()
                .filter(table -> dropUnmappedTables || tables.contains(table.name()))
                .toList())
            .withSequences(current.sequences().stream().filter(sequence -> sequences.contains(sequence.name()))
                .toList())
            .withEnums(current.enums().stream().filter(type -> enums.contains(type.name())).toList());
    }

}
