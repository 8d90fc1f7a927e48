package dev.migrate.diff;

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

}
