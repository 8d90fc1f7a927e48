package dev.migrate.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code atlas:nolint} directives of a file, as Atlas reads them: in a comment ({@code -- atlas:nolint},
 * {@code --atlas:nolint}, {@code /*atlas:nolint*}{@code /}, {@code #atlas:nolint}) directly above a statement, it
 * silences that statement; at the top of the file, separated from the first statement by a blank line, the whole
 * file. Without names it silences every check; with names ({@code atlas:nolint DS103 MF101}, or a class such as
 * {@code destructive}) only those.
 */
final class NolintDirectives {

    private static final Pattern DIRECTIVE = Pattern.compile(
            "^\\s*(?:--|#|/\\*)\\s*atlas:nolint\\b([^*]*)(?:\\*/)?\\s*$");

    private final List<String> lines;
    private final List<Directive> directives = new ArrayList<>();

    private record Directive(int line, Set<String> names) {
        boolean covers(Set<String> findingNames) {
            return names.isEmpty() || findingNames.stream().anyMatch(names::contains);
        }
    }

    private NolintDirectives(List<String> lines) {
        this.lines = lines;
        for (int index = 0; index < lines.size(); index++) {
            Matcher matcher = DIRECTIVE.matcher(lines.get(index));
            if (matcher.matches()) {
                Set<String> names = Set.of(matcher.group(1).trim().toLowerCase(Locale.ROOT).split("[\\s,]+"));
                directives.add(new Directive(index + 1, names.contains("") ? Set.of() : names));
            }
        }
    }

    static NolintDirectives of(String text) {
        return new NolintDirectives(text.lines().toList());
    }

    /**
     * Whether a finding of the statement beginning at {@code statementLine} is silenced.
     *
     * @param firstStatementLine the line where the file's first statement begins
     * @param findingNames the finding's code and class names, lower case ({@code ds103}, {@code destructive})
     */
    boolean silences(int statementLine, int firstStatementLine, Set<String> findingNames) {
        for (Directive directive : directives) {
            if (!directive.covers(findingNames)) {
                continue;
            }
            if (directive.line() < statementLine && onlyCommentsBetween(directive.line(), statementLine)) {
                return true;
            }
            if (directive.line() < firstStatementLine && !onlyCommentsBetween(directive.line(), firstStatementLine)) {
                return true; // at the top of the file, apart from the first statement: the whole file
            }
        }
        return false;
    }

    /** Whether the lines strictly between two 1-based lines are all comment lines (no blank line, no code). */
    private boolean onlyCommentsBetween(int from, int to) {
        for (int line = from + 1; line < to; line++) {
            String text = lines.get(line - 1).strip();
            if (text.isEmpty() || !(text.startsWith("--") || text.startsWith("#") || text.startsWith("/*"))) {
                return false;
            }
        }
        return true;
    }

}
