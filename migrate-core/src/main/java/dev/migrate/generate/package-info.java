/**
 * The next migration from the entities: {@link dev.migrate.generate.SchemaDiffSession} builds the desired schema
 * from a create script ({@link dev.migrate.generate.DesiredSchema}) and the directory's schema by replay on a dev
 * database, diffs and plans them with the database's dialect into a {@link dev.migrate.generate.SchemaDiff}, and
 * writes it as a migration in the directory's format. {@link dev.migrate.generate.DiffOptions} say what the entities
 * do not map is left alone ({@link dev.migrate.generate.UnmappedObjects}) and how constraints pair;
 * {@link dev.migrate.generate.LikelyRename}s are dropped-and-added columns that are most likely renames.
 */
package dev.migrate.generate;
