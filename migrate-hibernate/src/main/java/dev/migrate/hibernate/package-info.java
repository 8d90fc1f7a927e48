/**
 * The desired side of a diff: the application's entities mapped by Hibernate itself, rendered as Hibernate's own create
 * script for a dialect ({@link dev.migrate.hibernate.EntitySchemaScript}), so that naming strategies, column types,
 * constraint and index names are exactly what the application's EntityManagerFactory uses.
 *
 * <p>Two ways to get the mapping: {@link dev.migrate.hibernate.EntityMetadata#build} from classes or scanned packages
 * ({@link dev.migrate.hibernate.EntityModel}) and {@link dev.migrate.hibernate.HibernateSettings} (the Maven plugin),
 * or {@link dev.migrate.hibernate.MetadataCapture} registered with a running EntityManagerFactory (the starter).
 * Nothing here needs Spring, and nothing here opens a database connection.
 */
package dev.migrate.hibernate;
