package dev.migrate.dir;

/** What is wrong with one file or with {@code atlas.sum} itself. */
public enum ProblemKind {

    ADDED("added"),

    EDITED("edited"),

    REMOVED("removed"),

    SUM_MISSING("sum missing"),

    SUM_MALFORMED("sum malformed"),

    /** The total on the first line does not match the entries: the sum file itself was edited by hand. */
    TOTAL_MISMATCH("total mismatch");

    private final String label;

    ProblemKind(String label) {
        this.label = label;
    }

    /** Lower-case words, as in Atlas's "was added". */
    public String label() {
        return label;
    }

}
