/**
 * PostgreSQL, read top to bottom: {@link dev.migrate.postgres.PostgresInspector} (bulk catalog queries in
 * {@link dev.migrate.postgres.PostgresCatalogQueries}), {@link dev.migrate.postgres.PostgresNormalizer} (canonical
 * spelling of types, expressions and default names), {@link dev.migrate.postgres.PostgresPlanner} (statements, reverse,
 * risks), {@link dev.migrate.postgres.PostgresIdentifiers} (quoting). {@link dev.migrate.postgres.Postgres} bundles
 * them.
 */
package dev.migrate.postgres;
