/**
 * MySQL 8 and MariaDB 10.5+ in one folder: {@link dev.migrate.mysql.MySql} (entry: both dialects and the inspector's
 * catalog queries), {@link dev.migrate.mysql.MySqlInspector} reads a database from
 * {@code information_schema} in a constant number of queries, {@link dev.migrate.mysql.MySqlNormalizer} brings
 * both servers' spellings to one, {@link dev.migrate.mysql.MySqlStatements} plans changes (guarded by
 * {@link dev.migrate.mysql.NarrowingGuard} where a value could change), {@link dev.migrate.mysql.MySqlDevSchemas}
 * runs scratch databases. Registered as two dialects, {@link dev.migrate.mysql.MySqlDialect} and
 * {@link dev.migrate.mysql.MariaDbDialect}.
 */
package dev.migrate.mysql;
