package dev.migrate.status;

/** Where one migration file stands in a database. */
public enum FileState {

    /** The executor applied it, and the file still has the checksum it recorded. */
    APPLIED,

    /** Not applied yet, and newer than everything applied. */
    PENDING,

    /** Not applied, but older than an applied migration: it was merged late. */
    OUT_OF_ORDER,

    /** Applied, then changed: the executor's recorded checksum no longer matches the file. */
    EDITED_AFTER_APPLY

}
