package dev.migrate.dir;

/** What is wrong with one file or with {@code atlas.sum} itself. */
public enum ProblemKind {

    ADDED,

    EDITED,

    REMOVED,

    SUM_MISSING,

    SUM_MALFORMED,

    /** The total on the first line does not match the entries: the sum file itself was edited by hand. */
    TOTAL_MISMATCH

}
