package dev.migrate.schema;

import java.util.List;

/** A unique constraint (its backing index is implied and not modelled separately). */
public record UniqueConstraint(String name, List<String> columns) {

    public UniqueConstraint {
        columns = List.copyOf(columns);
    }

    public UniqueConstraint withName(String value) {
        return new UniqueConstraint(value, columns);
    }

}
