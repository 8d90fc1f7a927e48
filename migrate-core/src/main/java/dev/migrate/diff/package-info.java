/**
 * Typed, dialect-neutral differences between two {@link dev.migrate.schema.Schema schemas}:
 * {@link dev.migrate.diff.SchemaDiffer} produces {@link dev.migrate.diff.SchemaChange changes}, each with its inverse.
 */
package dev.migrate.diff;
