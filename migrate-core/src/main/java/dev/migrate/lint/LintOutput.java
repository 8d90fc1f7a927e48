package dev.migrate.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The report as text: {@code file:line: CODE: message} lines for people, JSON for tools, or GitHub Actions workflow
 * commands ({@code ::error file=...,line=...,title=...::message}) that GitHub shows on the pull request's lines.
 */
public enum LintOutput {

    TEXT, JSON, GITHUB;

    public static LintOutput named(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("Unknown lint format '" + name + "': use text, json or github.", ex);
        }
    }

    /**
     * @param pathOf the path a file is shown with (relative to the repository root for GitHub)
     */
    public List<String> render(LintReport report, UnaryOperator<String> pathOf) {
        return switch (this) {
            case TEXT -> text(report, pathOf);
            case JSON -> List.of(json(report, pathOf));
            case GITHUB -> github(report, pathOf);
        };
    }

    private static List<String> text(LintReport report, UnaryOperator<String> pathOf) {
        List<String> lines = new ArrayList<>();
        for (LintFinding finding : report.findings()) {
            lines.add(pathOf.apply(finding.file()) + ":" + finding.line() + ": " + finding.code() + ": "
                    + finding.message() + (finding.severity() == Severity.ERROR ? " (error)" : ""));
        }
        lines.add(summary(report));
        return lines;
    }

    static String summary(LintReport report) {
        return report.files().size() + " file(s) linted, " + report.errors().size() + " error(s), "
                + report.warnings().size() + " warning(s)";
    }

    private static List<String> github(LintReport report, UnaryOperator<String> pathOf) {
        List<String> lines = new ArrayList<>();
        for (LintFinding finding : report.findings()) {
            lines.add("::" + (finding.severity() == Severity.ERROR ? "error" : "warning") + " file="
                    + property(pathOf.apply(finding.file())) + ",line=" + finding.line() + ",title="
                    + property(finding.code() + " " + finding.category()) + "::" + data(finding.message()));
        }
        lines.add(summary(report));
        return lines;
    }

    private static String json(LintReport report, UnaryOperator<String> pathOf) {
        StringBuilder json = new StringBuilder("{\"directory\":").append(string(report.location()))
            .append(",\"files\":[");
        for (int index = 0; index < report.files().size(); index++) {
            String file = report.files().get(index);
            json.append(index == 0 ? "" : ",").append("{\"name\":").append(string(file)).append(",\"path\":")
                .append(string(pathOf.apply(file))).append(",\"findings\":[");
            List<LintFinding> findings = report.of(file);
            for (int f = 0; f < findings.size(); f++) {
                LintFinding finding = findings.get(f);
                json.append(f == 0 ? "" : ",").append("{\"line\":").append(finding.line())
                    .append(",\"code\":").append(string(finding.code()))
                    .append(",\"category\":").append(string(finding.category()))
                    .append(",\"severity\":").append(string(finding.severity().name().toLowerCase(Locale.ROOT)))
                    .append(",\"message\":").append(string(finding.message())).append('}');
            }
            json.append("]}");
        }
        return json.append("],\"errors\":").append(report.errors().size()).append(",\"warnings\":")
            .append(report.warnings().size()).append('}').toString();
    }

    private static String string(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

    /** Workflow command data: GitHub reads %, CR and LF escaped. */
    private static String data(String value) {
        return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Workflow command property values: also ':' and ','. */
    private static String property(String value) {
        return data(value).replace(":", "%3A").replace(",", "%2C");
    }

}
