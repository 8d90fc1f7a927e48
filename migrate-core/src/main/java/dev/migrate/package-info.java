/**
 * What every part of migrate shares: {@link dev.migrate.MigrateException}, the one error type, which says what is
 * wrong and how to fix it. The pipeline itself lives in the sub-packages (schema, diff, plan, dialect, dir, devdb,
 * generate).
 */
package dev.migrate;
