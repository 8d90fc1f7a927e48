package dev.migrate.dir;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

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

    IntegrityReport(String location, IntegrityStatus status, List<IntegrityProblem> problems, SumFile sum,
            SumFile computed) {
        this.location = location;
        this.status = status;
        this.problems = List.copyOf(problems);
        this.sum = sum;
        this.computed = computed;
    }

    public String location() {
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
            return location + ": " + MigrationDirectory.SUM_FILE_NAME + " matches the migration files.";
        }
        String headline = switch (status) {
            case SUM_MISSING -> "checksum file not found in " + location;
            case SUM_MALFORMED -> "checksum file format invalid in " + location;
            default -> "checksum mismatch in " + location + ". " + ATLAS_HEADLINE;
        };
        return headline + System.lineSeparator() + problems.stream()
            .map(problem -> "  " + problem.summary())
            .collect(Collectors.joining(System.lineSeparator()));
    }

    /** How to fix every problem, one line each, without repeats. */
    public String remedy() {
        return problems.stream().map(IntegrityProblem::fix).distinct().collect(Collectors.joining(System.lineSeparator()));
    }

    /** Throws {@link IntegrityException} unless the directory is intact. */
    public IntegrityReport orThrow() {
        if (!ok()) {
            throw new IntegrityException(this);
        }
        return this;
    }

    @Override
    public String toString() {
        return describe();
    }

}
