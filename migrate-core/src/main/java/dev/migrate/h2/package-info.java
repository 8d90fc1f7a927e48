/**
 * The H2 2.x dialect, read top to bottom: {@link dev.migrate.h2.H2} (entry: the dialect and a private in-memory dev
 * database's URL), {@link dev.migrate.h2.H2Dialect} (inspect, diff and plan behind the
 * {@link dev.migrate.dialect.Dialect} seam), {@code H2Identifiers} (names: H2 upper-cases unquoted names, the model
 * keeps them as the scripts wrote them), {@code H2Types}, {@code H2Inspector} ({@code INFORMATION_SCHEMA}),
 * {@code H2Normalizer}, {@code H2Statements} (planner SQL), {@code H2DevSchemas} (scratch schemas of the dev
 * database).
 */
package dev.migrate.h2;
