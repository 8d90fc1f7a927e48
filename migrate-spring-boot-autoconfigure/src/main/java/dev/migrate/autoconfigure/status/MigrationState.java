package dev.migrate.autoconfigure.status;

/**
 * Where one migration file stands in the database.
 */
public enum MigrationState {

    /** The executor has applied it. */
    APPLIED,

    /** Not applied yet, and newer than everything applied. */
    PENDING,

    /** Not applied, but older than a migration that is: it was merged late. */
    OUT_OF_ORDER,

    /** The database could not be asked. */
    UNKNOWN

}
