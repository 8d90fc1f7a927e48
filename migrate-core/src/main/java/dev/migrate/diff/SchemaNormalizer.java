package dev.migrate.diff;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import dev.migrate.schema.Schema;

/**
 * Brings a schema to one canonical spelling of a dialect (type aliases, default names, default options, expression
 * spelling), so that equivalent schemas compare equal. Normalizing twice gives the same result as normalizing once.
 */
@FunctionalInterface
public interface SchemaNormalizer {

    /** Leaves schemas as they are; for models that are already canonical. */
    SchemaNormalizer NONE = schema -> schema;

    Schema normalize(Schema schema);

    /** The items in the order of their names, for a collection whose order the database does not keep. */
    static <T> List<T> sorted(List<T> items, Function<T, String> name) {
        return items.stream().sorted(Comparator.comparing(name)).toList();
    }

    /** An empty comment as none: databases print a missing comment either way. */
    static String emptyAsNull(String comment) {
        return comment == null || comment.isEmpty() ? null : comment;
    }

}
