package dev.migrate.schema;

import java.util.List;
import java.util.Optional;

/**
 * What one database schema holds, as far as the model covers it: tables, enum types and standalone sequences.
 * Immutable; build variants with the {@code with...} methods.
 */
public record Schema(String name, List<Table> tables, List<EnumType> enums, List<Sequence> sequences) {

    public Schema {
        tables = List.copyOf(tables);
        enums = enums == null ? List.of() : List.copyOf(enums);
        sequences = sequences == null ? List.of() : List.copyOf(sequences);
    }

    public static Schema of(String name, List<Table> tables) {
        return new Schema(name, tables, List.of(), List.of());
    }

    public Optional<Table> table(String tableName) {
        return tables.stream().filter(t -> t.name().equals(tableName)).findFirst();
    }

    public Schema withTables(List<Table> value) {
        return new Schema(name, value, enums, sequences);
    }

    public Schema withEnums(List<EnumType> value) {
        return new Schema(name, tables, value, sequences);
    }

    public Schema withSequences(List<Sequence> value) {
        return new Schema(name, tables, enums, value);
    }

}
