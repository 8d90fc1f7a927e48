package dev.migrate.schema;

import java.util.List;
import java.util.Objects;

/** An enum type with its values in order. */
public record EnumType(String name, List<String> values) {

    public EnumType {
        Objects.requireNonNull(name, "enum name");
        values = List.copyOf(values);
    }

}
