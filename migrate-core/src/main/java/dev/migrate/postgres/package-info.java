/**
 * PostgreSQL, read top to bottom: {@link dev.migrate.postgres.Postgres} (entry: the dialect and the inspector's
 * catalog queries), {@link dev.migrate.postgres.PostgresDialect} (inspect, diff and plan behind the
 * {@link dev.migrate.dialect.Dialect} seam), {@code PostgresInspector} (bulk catalog queries in
 * {@code PostgresCatalogQueries}), {@code PostgresNormalizer} (canonical spelling of types, expressions and default
 * names), {@code PostgresStatements} (planner SQL with its reverse), {@code PostgresIdentifiers} (quoting),
 * {@code PostgresDevSchemas} (scratch schemas of the dev database).
 */
package dev.migrate.postgres;
