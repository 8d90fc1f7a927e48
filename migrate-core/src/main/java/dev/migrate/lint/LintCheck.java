package dev.migrate.lint;

/**
 * Findings only lint makes, beside the planner's {@link dev.migrate.plan.RiskCode}s: they depend on the statement as
 * written or on the schema around a change, not on a change alone. {@code PG101} is Atlas's code for the same check.
 */
enum LintCheck {

    /** A statement failed on the dev database: the file cannot run as written. */
    MG200,

    /** {@code CREATE INDEX} on an existing PostgreSQL table without {@code CONCURRENTLY}: writes wait for the build. */
    PG101,

    /** A dropped index was the one serving a foreign key's columns. */
    MG201

}
