package dev.migrate.autoconfigure.integrity;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.migrate.MigrateException;
import dev.migrate.dir.IntegrityProblem;
import dev.migrate.dir.IntegrityReport;

/**
 * The migration directory does not match its atlas.sum.
 */
public class MigrationIntegrityException extends MigrateException {

    private final String location;

    private final IntegrityReport report;

    /**
     * @param location the directory's location as configured
     * @param report what the verifier found
     */
    public MigrationIntegrityException(String location, IntegrityReport report) {
        super(describe(location, report), fix(report));
        this.location = location;
        this.report = report;
    }

    public IntegrityReport report() {
        return this.report;
    }

    /** Each problem's fix, prefixed with its file; the report's remedy when no problem names one. */
    private static String fix(IntegrityReport report) {
        Set<String> fixes = new LinkedHashSet<>();
        for (IntegrityProblem problem : report.problems()) {
            String fix = problem.fix();
            fixes.add((problem.file() != null) ? problem.file() + ": " + fix : fix);
        }
        if (fixes.isEmpty()) {
            return report.remedy();
        }
        return IntegrityReport.capped(List.copyOf(fixes), System.lineSeparator());
    }

    static String describe(String location, IntegrityReport report) {
        return describe(location, report, " The application did not start, and no SQL reached the database.");
    }

    /** What the verifier found, for a start that goes on anyway ({@code migrate.integrity.on-failure=warn}). */
    public String findings() {
        return describe(this.location, this.report, "");
    }

    private static String describe(String location, IntegrityReport report, String consequence) {
        StringBuilder text = new StringBuilder();
        text.append("The migration directory ").append(location).append(" does not match its atlas.sum (")
            .append(report.status()).append(").").append(consequence)
            .append(System.lineSeparator())
            .append(System.lineSeparator());
        List<String> lines = report.problems().stream()
            .map((problem) -> "    " + where(problem) + ": " + problem.reason())
            .toList();
        text.append(IntegrityReport.capped(lines, System.lineSeparator()));
        return text.toString().stripTrailing();
    }

    private static String where(IntegrityProblem problem) {
        if (problem.line() > 0) {
            return "atlas.sum line " + problem.line();
        }
        return (problem.file() != null) ? problem.file() + " (not in atlas.sum)" : "atlas.sum";
    }

}
