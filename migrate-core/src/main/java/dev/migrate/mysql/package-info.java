/**
 * MySQL 8 and MariaDB 10.5+ in one folder, registered as two dialects, {@link dev.migrate.mysql.MySqlDialect} and
 * {@link dev.migrate.mysql.MariaDbDialect}, beside the entry {@link dev.migrate.mysql.MySql} (the inspector's
 * catalog queries): {@code MySqlInspector} reads a database from {@code information_schema} in a constant number of
 * queries, {@code MySqlNormalizer} brings both servers' spellings to one, {@code MySqlStatements} plans changes
 * (guarded by {@code NarrowingGuard} where a value could change), {@code MySqlDevSchemas} runs scratch databases.
 */
package dev.migrate.mysql;
