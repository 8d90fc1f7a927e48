package dev.migrate.script;

import java.util.Locale;

/**
 * What ends a statement. The default is {@code ;}. A custom delimiter made of letters or a single {@code /} (as in
 * Liquibase's {@code endDelimiter:GO} or {@code endDelimiter:/}) only counts on a line of its own, so {@code a / b}
 * and a column named {@code go} are not split; any other text (for example {@code $$;} or {@code ;;}) counts
 * wherever it stands outside quotes and comments.
 */
final class StatementDelimiter {

    public static final StatementDelimiter SEMICOLON = new StatementDelimiter(";", false);

    private final String text;
    private final boolean ownLine;

    private StatementDelimiter(String text, boolean ownLine) {
        this.text = text;
        this.ownLine = ownLine;
    }

    static StatementDelimiter of(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A statement delimiter cannot be empty.");
        }
        String trimmed = text.strip();
        if (trimmed.equals(";")) {
            return SEMICOLON;
        }
        boolean ownLine = trimmed.equals("/") || trimmed.chars().allMatch(Character::isLetter);
        return new StatementDelimiter(trimmed, ownLine);
    }

    /** A delimiter that counts wherever it stands outside quotes and comments, new lines included. */
    public static StatementDelimiter literal(String text) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("A statement delimiter cannot be empty.");
        }
        return new StatementDelimiter(text, false);
    }

    String text() {
        return text;
    }

    /** True when the delimiter only counts on a line by itself. */
    boolean ownLine() {
        return ownLine;
    }

    /** Whether the whole (trimmed) line is this delimiter. */
    boolean isDelimiterLine(String line) {
        return line.strip().toLowerCase(Locale.ROOT).equals(text.toLowerCase(Locale.ROOT));
    }

    /** Whether the delimiter starts at {@code index} of {@code script}. */
    boolean startsAt(String script, int index) {
        return script.startsWith(text, index);
    }

    @Override
    public String toString() {
        return text;
    }

}
