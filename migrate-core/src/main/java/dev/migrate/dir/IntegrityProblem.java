package dev.migrate.dir;

/**
 * One finding of a directory check.
 *
 * @param kind what is wrong
 * @param file the migration file concerned, or {@code null} when the problem is {@code atlas.sum} itself
 * @param line 1-based line of {@code atlas.sum} the finding points at (for an added file, the line its entry would
 * take); 0 when there is no such line
 * @param reason one sentence saying what is wrong
 * @param fix one sentence saying how to fix it
 */
public record IntegrityProblem(ProblemKind kind, String file, int line, String reason, String fix) {

    /** Atlas's CLI form, {@code L3: 2024_x.sql was edited}, followed by our reason when it says more. */
    String summary() {
        String prefix = line > 0 ? "L" + line + ": " : "";
        return prefix + reason;
    }

}
