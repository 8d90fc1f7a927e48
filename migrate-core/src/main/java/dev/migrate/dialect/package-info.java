/**
 * The seam between the dialect-neutral pipeline and one database: {@link dev.migrate.dialect.Dialect}, which each
 * dialect package registers as a {@link java.util.ServiceLoader} service, and {@link dev.migrate.dialect.Dialects},
 * which finds the one for a connection's product name or a JDBC URL.
 */
package dev.migrate.dialect;
