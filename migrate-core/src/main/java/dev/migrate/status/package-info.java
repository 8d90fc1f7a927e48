/**
 * Where each file of a directory stands in a database: applied, pending, out of order (not applied but older than an
 * applied one), or edited after it was applied (the executor's recorded checksum no longer matches the file).
 */
package dev.migrate.status;
