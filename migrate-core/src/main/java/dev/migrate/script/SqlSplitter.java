package dev.migrate.script;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a migration script into statements on a delimiter that stands outside string literals ({@code '...'},
 * {@code E'...'} with backslash escapes), quoted identifiers ({@code "..."}), dollar-quoted bodies
 * ({@code $$...$$}, {@code $tag$...$tag$}), line comments and nested block comments. Parts holding only comments and
 * white space are not statements and are dropped. The same rules read every dialect's scripts (PostgreSQL, H2,
 * MySQL and MariaDB); they are PostgreSQL's, so MySQL's backquoted identifiers and backslash escapes in plain
 * literals are not told apart.
 */
final class SqlSplitter {

    private final String script;
    private final StatementDelimiter delimiter;
    private final List<SqlStatement> statements = new ArrayList<>();

    private int position;
    private int line = 1;
    private int statementStart = -1;
    private int statementLine;
    private boolean atLineStart = true;

    private SqlSplitter(String script, StatementDelimiter delimiter) {
        this.script = script;
        this.delimiter = delimiter;
    }

    public static List<SqlStatement> split(String script) {
        return split(script, StatementDelimiter.SEMICOLON);
    }

    public static List<SqlStatement> split(String script, StatementDelimiter delimiter) {
        SqlSplitter splitter = new SqlSplitter(script, delimiter);
        splitter.run();
        return List.copyOf(splitter.statements);
    }

    private void run() {
        int chunkStart = 0;
        while (position < script.length()) {
            if (atLineStart && delimiter.ownLine() && delimiter.isDelimiterLine(currentLine())) {
                finish(chunkStart, position);
                skipLine();
                chunkStart = position;
                continue;
            }
            if (!delimiter.ownLine() && delimiter.startsAt(script, position)) {
                finish(chunkStart, position);
                advance(delimiter.text().length());
                chunkStart = position;
                continue;
            }
            step();
        }
        finish(chunkStart, script.length());
    }

    /** Consumes one token: a comment, a quoted part, or a single character of code. */
    private void step() {
        char c = script.charAt(position);
        if (c == '-' && next() == '-') {
            skipLine();
        }
        else if (c == '/' && next() == '*') {
            skipBlockComment();
        }
        else if (c == '\'') {
            markCode();
            skipString(isEscapeStringPrefix());
        }
        else if (c == '"') {
            markCode();
            skipQuoted('"');
        }
        else if (c == '$' && dollarTagAt(position) != null) {
            markCode();
            skipDollarQuoted(dollarTagAt(position));
        }
        else {
            if (!Character.isWhitespace(c)) {
                markCode();
            }
            advance(1);
        }
    }

    private void markCode() {
        if (statementStart < 0) {
            statementStart = position;
            statementLine = line;
        }
    }

    private void finish(int chunkStart, int chunkEnd) {
        if (statementStart >= 0) {
            String sql = script.substring(chunkStart, chunkEnd).strip();
            statements.add(new SqlStatement(sql, statementLine));
        }
        statementStart = -1;
    }

    private char next() {
        return position + 1 < script.length() ? script.charAt(position + 1) : '\0';
    }

    private String currentLine() {
        int end = script.indexOf('\n', position);
        return script.substring(position, end < 0 ? script.length() : end);
    }

    private void skipLine() {
        int end = script.indexOf('\n', position);
        advance((end < 0 ? script.length() : end + 1) - position);
    }

    private void skipBlockComment() {
        int depth = 0;
        do {
            if (script.startsWith("/*", position)) {
                depth++;
                advance(2);
            }
            else if (script.startsWith("*/", position)) {
                depth--;
                advance(2);
            }
            else {
                advance(1);
            }
        }
        while (depth > 0 && position < script.length());
    }

    /** An {@code E'...'} literal: the quote follows an E that is a token of its own. */
    private boolean isEscapeStringPrefix() {
        if (position == 0 || Character.toUpperCase(script.charAt(position - 1)) != 'E') {
            return false;
        }
        return position == 1 || !isIdentifierPart(script.charAt(position - 2));
    }

    private void skipString(boolean backslashEscapes) {
        advance(1);
        while (position < script.length()) {
            char c = script.charAt(position);
            if (backslashEscapes && c == '\\') {
                advance(2);
            }
            else if (c == '\'') {
                advance(1);
                if (position < script.length() && script.charAt(position) == '\'') {
                    advance(1); // '' is a quote inside the literal
                }
                else {
                    return;
                }
            }
            else {
                advance(1);
            }
        }
    }

    private void skipQuoted(char quote) {
        advance(1);
        while (position < script.length()) {
            char c = script.charAt(position);
            advance(1);
            if (c == quote) {
                if (position < script.length() && script.charAt(position) == quote) {
                    advance(1);
                }
                else {
                    return;
                }
            }
        }
    }

    private void skipDollarQuoted(String tag) {
        advance(tag.length());
        int end = script.indexOf(tag, position);
        advance((end < 0 ? script.length() : end + tag.length()) - position);
    }

    /**
     * The dollar-quote tag ({@code $$} or {@code $name$}) starting at {@code index}, or null. As in PostgreSQL's
     * lexer, a {@code $} inside an identifier ({@code a$b}) or before a digit ({@code $1}) starts no tag.
     */
    private String dollarTagAt(int index) {
        if (index > 0 && isIdentifierPart(script.charAt(index - 1))) {
            return null;
        }
        int end = index + 1;
        if (end < script.length() && isIdentifierStart(script.charAt(end))) {
            while (end < script.length() && isTagPart(script.charAt(end))) {
                end++;
            }
        }
        return end < script.length() && script.charAt(end) == '$' ? script.substring(index, end + 1) : null;
    }

    private static boolean isIdentifierStart(char c) {
        return Character.isLetter(c) || c == '_' || c > 127;
    }

    private static boolean isTagPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c > 127;
    }

    private static boolean isIdentifierPart(char c) {
        return isTagPart(c) || c == '$';
    }

    private void advance(int count) {
        int end = Math.min(position + count, script.length());
        for (; position < end; position++) {
            char c = script.charAt(position);
            if (c == '\n') {
                line++;
                atLineStart = true;
            }
            else if (!Character.isWhitespace(c)) {
                atLineStart = false;
            }
        }
    }

}
