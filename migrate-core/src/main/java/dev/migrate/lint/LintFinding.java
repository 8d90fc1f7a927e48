package dev.migrate.lint;

/**
 * One finding of lint.
 *
 * @param file the migration file
 * @param line the 1-based line where the statement that caused it begins
 * @param code {@code DS103}, {@code PG101}, ...
 * @param category what kind of finding it is, e.g. {@code destructive}
 * @param message what is at risk, naming the objects
 * @param severity whether it fails the lint
 */
public record LintFinding(String file, int line, String code, String category, String message, Severity severity) {

    /** {@code file:line: CODE: message}, the line a person reads and editors jump to. */
    String text() {
        return file + ":" + line + ": " + code + ": " + message;
    }

}
