/**
 * The seam between the dialect-neutral pipeline and one database: {@link dev.migrate.dialect.Dialect}, chosen from
 * the connection's product name.
 */
package dev.migrate.dialect;
