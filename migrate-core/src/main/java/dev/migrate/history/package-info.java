/**
 * What an executor (Liquibase, Flyway) recorded about the migrations it applied: its history table's rows and the
 * checksums it stored, and whether a file as it is now still has that checksum, computed by the executor's own
 * checksum code. Liquibase and Flyway are optional dependencies: each history touches only its own executor's
 * classes.
 */
package dev.migrate.history;
