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

    /**
     * Applied, then changed: the checksum the executor recorded no longer matches the file, so the executor would stop
     * with a checksum error.
     */
    EDITED_AFTER_APPLY,

    /** The database could not be asked. */
    UNKNOWN

}
