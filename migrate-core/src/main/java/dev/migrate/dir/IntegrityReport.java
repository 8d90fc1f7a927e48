package dev.migrate.dir;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of checking a directory against its {@code atlas.sum}: a status, the problems found (first the one
 * Atlas would report), the sum as read and as computed from the files.
 */
public final class IntegrityReport {

    static final String ATLAS_HEADLINE = "You have a checksum error in your migration directory.";

    private final String location;
    private final IntegrityStatus status;
    private final List<IntegrityProblem> problems;
    private final SumFile sum;
    private final SumFile computed;
    private final List<String> leftovers;

    /** Messages list at most this many problems; the report itself keeps them all. */
    static final int LISTED_PROBLEMS = 20;

    IntegrityReport(String location, IntegrityStatus status, List<IntegrityProblem> problems, SumFile sum,
            SumFile computed) {
        this(location, status, problems, sum, computed, List.of());
    }

    private IntegrityReport(String location, IntegrityStatus status, List<IntegrityProblem> problems, SumFile sum,
            SumFile computed, List<String> leftovers) {
        this.location = location;
        this.status = status;
        this.problems = List.copyOf(problems);
        this.sum = sum;
        this.computed = computed;
        this.leftovers = List.copyOf(leftovers);
    }

    IntegrityReport withLeftovers(List<String> names) {
        return new IntegrityReport(location, status, problems, sum, computed, names);
    }

    /**
     * Temporary files an interrupted write left in the directory. They never join the sum, so they do not fail the
     * check, but {@code git add -A} would commit them; the next write removes them.
     */
    public List<String> leftovers() {
        return leftovers;
    }

    String location() {
        return location;
    }

    public IntegrityStatus status() {
        return status;
    }

    public boolean ok() {
        return status == IntegrityStatus.OK;
    }

    public List<IntegrityProblem> problems() {
        return problems;
    }

    /** {@code atlas.sum} as read, when present and well-formed. */
    public Optional<SumFile> sum() {
        return Optional.ofNullable(sum);
    }

    /** The sum the files produce now, when they could all be read. */
    public Optional<SumFile> computed() {
        return Optional.ofNullable(computed);
    }

    /** Multi-line text for a person: Atlas's headline, then one line per problem. */
    public String describe() {
        if (ok()) {
            return location + ": " + MigrationDirectory.SUM_FILE_NAME + " matches the migration files."
                    + describeLeftovers();
        }
        String headline = switch (status) {
            case SUM_MISSING -> "checksum file not found in " + location;
            case SUM_MALFORMED -> "checksum file format invalid in " + location;
            default -> "checksum mismatch in " + location + ". " + ATLAS_HEADLINE;
        };
        return headline + System.lineSeparator() + capped(problems.stream().map(problem -> "  " + problem.summary())
            .toList()) + describeLeftovers();
    }

    /** How to fix every problem, one line each, without repeats. */
    public String remedy() {
        return capped(problems.stream().map(IntegrityProblem::fix).distinct().toList());
    }

    private String describeLeftovers() {
        if (leftovers.isEmpty()) {
            return "";
        }
        return System.lineSeparator() + "  " + leftovers.size() + " temporary file(s) of an interrupted write are "
                + "still in the directory (" + capped(leftovers, ", ") + "): they are not migrations; the next "
                + Remedies.HASH_COMMAND + ", migrate:new or migrate:diff removes them, or delete them by hand so "
                + "'git add -A' does not commit them.";
    }

    private static String capped(List<String> lines) {
        return capped(lines, System.lineSeparator());
    }

    /** Thousands of lines help nobody: the first ones, then how many more. */
    public static String capped(List<String> lines, String separator) {
        if (lines.size() <= LISTED_PROBLEMS) {
            return String.join(separator, lines);
        }
        int more = lines.size() - LISTED_PROBLEMS;
        return String.join(separator, lines.subList(0, LISTED_PROBLEMS)) + separator + "  and "
                + String.format(java.util.Locale.ROOT, "%,d", more) + " more";
    }

    @Override
    public String toString() {
        return describe();
    }

}
