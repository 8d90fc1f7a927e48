package dev.migrate.schema;

import java.util.List;

/**
 * An index that does not back a constraint. {@code method} is the access method ({@code btree} by default);
 * {@code predicate} makes it partial; {@code include} lists non-key columns.
 */
public record Index(String name, boolean unique, List<IndexPart> parts, String method, String predicate,
        List<String> include) {

    public Index {
        parts = List.copyOf(parts);
        method = method == null ? "btree" : method;
        include = include == null ? List.of() : List.copyOf(include);
    }

    public static Index on(String name, String... columns) {
        return new Index(name, false, java.util.Arrays.stream(columns).map(IndexPart::column).toList(), null, null,
                null);
    }

    public Index withName(String value) {
        return new Index(value, unique, parts, method, predicate, include);
    }

}
