/**
 * A migration directory and its {@code atlas.sum}, as Atlas keeps them: reading the files in an executor's
 * {@link dev.migrate.dir.MigrationFormat format} and version order ({@link dev.migrate.dir.MigrationDirectory},
 * on disk or in a jar, and {@link dev.migrate.dir.MigrationSet}), checking them against the sum
 * ({@link dev.migrate.dir.IntegrityVerifier}, which says what changed and how to fix it in an
 * {@link dev.migrate.dir.IntegrityReport}), and changing the directory, which only
 * {@link dev.migrate.dir.MigrationWriter} does: under a lock, each file written atomically, {@code atlas.sum} last.
 * {@link dev.migrate.dir.SumFile} is the sum's content, byte for byte Atlas's.
 */
package dev.migrate.dir;
