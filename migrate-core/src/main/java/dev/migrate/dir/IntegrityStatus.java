package dev.migrate.dir;

/** Overall state of a directory against its {@code atlas.sum}. */
public enum IntegrityStatus {

    /** Every file matches its entry (or the directory is empty and has no sum). */
    OK,

    /** A file was added, edited or removed outside the tool, or the sum's total was edited by hand. */
    CHECKSUM_MISMATCH,

    /** Migration files exist but {@code atlas.sum} does not. */
    SUM_MISSING,

    /** {@code atlas.sum} cannot be read as a sum file. */
    SUM_MALFORMED

}
