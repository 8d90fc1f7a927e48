package dev.migrate.plan;

/**
 * The kinds of risk a migration statement carries, as Atlas's {@code migrate lint} groups its checks; the report
 * line of each is Atlas's own.
 */
public enum RiskCategory {

    /** Loses data: a dropped schema, table or column. */
    DESTRUCTIVE("destructive", "destructive changes detected"),

    /** Fails on some existing data: a new NOT NULL column without default, a new unique, a narrower type. */
    DATA_DEPENDENT("data dependent", "data dependent changes detected"),

    /** Breaks code that still uses the old name: a renamed table or column. */
    BACKWARD_INCOMPATIBLE("backward incompatible", "backward incompatible changes detected"),

    /** Drops a constraint that protected the data: a foreign key. */
    CONSTRAINT_DELETION("constraint deletion", "constraint deletion detected");

    private final String label;
    private final String reportText;

    RiskCategory(String label, String reportText) {
        this.label = label;
        this.reportText = reportText;
    }

    /** The category in a few words, e.g. {@code data dependent}. */
    public String label() {
        return label;
    }

    /** Atlas's report line for this category, e.g. {@code destructive changes detected}. */
    String reportText() {
        return reportText;
    }

    /** Whether a change of this category waits for a person's review before it runs on a dev database. */
    boolean needsReview() {
        return this != CONSTRAINT_DELETION;
    }

}
