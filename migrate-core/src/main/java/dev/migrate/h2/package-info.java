/**
 * The H2 2.x dialect, read top to bottom: {@link dev.migrate.h2.H2} (entry), {@link dev.migrate.h2.H2Identifiers}
 * (names: H2 upper-cases unquoted names, the model keeps them as the scripts wrote them), {@link dev.migrate.h2.H2Types},
 * {@link dev.migrate.h2.H2Inspector} ({@code INFORMATION_SCHEMA}), {@link dev.migrate.h2.H2Normalizer},
 * {@code H2Statements} (planner SQL), {@code H2DevSchemas} (scratch schemas of the dev database).
 */
package dev.migrate.h2;
