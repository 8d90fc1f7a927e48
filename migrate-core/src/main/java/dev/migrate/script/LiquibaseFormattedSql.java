package dev.migrate.script;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Liquibase formatted SQL file into its changesets, as Liquibase's formatted SQL parser does: the file starts
 * with {@code -- liquibase formatted sql}; each {@code -- changeset author:id [attribute:value ...]} starts a
 * changeset that runs to the next one; {@code -- rollback} lines, {@code /* liquibase rollback ... *}{@code /} blocks
 * and {@code -- ignoreLines} regions are not part of the changeset's SQL; other directives (preconditions, comments,
 * valid checksums) are comments to the database.
 */
final class LiquibaseFormattedSql {

    private static final Pattern HEADER = Pattern.compile("\\s*--\\s*liquibase formatted.*", Pattern.CASE_INSENSITIVE);

    private static final Pattern CHANGESET = Pattern.compile(
            "\\s*--\\s*changeset\\s+(\"[^\"]+\"|[^:\\s]+):(\"[^\"]+\"|\\S+)(.*)", Pattern.CASE_INSENSITIVE);

    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+):(\"[^\"]*\"|\\S+)");

    private static final Pattern ROLLBACK = Pattern.compile("\\s*--\\s*rollback\\b.*", Pattern.CASE_INSENSITIVE);

    private static final Pattern ROLLBACK_BLOCK_START = Pattern.compile("\\s*/\\*\\s*liquibase\\s+rollback\\b.*",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern IGNORE_START = Pattern.compile("\\s*--\\s*ignoreLines:start\\b.*",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern IGNORE_END = Pattern.compile("\\s*--\\s*ignoreLines:end\\b.*",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern IGNORE_COUNT = Pattern.compile("\\s*--\\s*ignoreLines:(\\d+)\\b.*",
            Pattern.CASE_INSENSITIVE);

    private LiquibaseFormattedSql() {
    }

    /** Whether the text is a formatted SQL changelog: its first line says so. */
    static boolean isFormatted(String text) {
        String first = text.lines().findFirst().orElse("");
        return HEADER.matcher(stripBom(first)).matches();
    }

    /** The changesets of a formatted SQL file, or empty when the file is not one (plain SQL). */
    public static Optional<List<LiquibaseChangeset>> parse(String text) {
        if (!isFormatted(text)) {
            return Optional.empty();
        }
        return Optional.of(new Reader(text.lines().toList()).changesets());
    }

    private static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }

    /** Walks the lines once, collecting each changeset's SQL lines. */
    private static final class Reader {

        private final List<String> lines;
        private final List<LiquibaseChangeset> changesets = new ArrayList<>();

        private Matcher header;
        private int headerLine;
        private StringBuilder sql;
        private int sqlLine;

        Reader(List<String> lines) {
            this.lines = lines;
        }

        List<LiquibaseChangeset> changesets() {
            boolean inRollbackBlock = false;
            boolean ignoring = false;
            int ignoreCount = 0;
            for (int index = 1; index < lines.size(); index++) {
                String line = lines.get(index);
                Matcher changeset = CHANGESET.matcher(line);
                if (changeset.matches()) {
                    finish();
                    start(changeset, index + 1);
                    inRollbackBlock = false;
                    ignoring = false;
                    ignoreCount = 0;
                    continue;
                }
                boolean keep;
                if (inRollbackBlock) {
                    inRollbackBlock = !line.contains("*/");
                    keep = false;
                }
                else if (ignoring) {
                    ignoring = !IGNORE_END.matcher(line).matches();
                    keep = false;
                }
                else if (ignoreCount > 0) {
                    ignoreCount--;
                    keep = false;
                }
                else if (ROLLBACK_BLOCK_START.matcher(line).matches()) {
                    inRollbackBlock = !line.substring(line.indexOf("/*") + 2).contains("*/");
                    keep = false;
                }
                else if (IGNORE_START.matcher(line).matches()) {
                    ignoring = true;
                    keep = false;
                }
                else {
                    Matcher count = IGNORE_COUNT.matcher(line);
                    if (count.matches()) {
                        ignoreCount = Integer.parseInt(count.group(1));
                        keep = false;
                    }
                    else {
                        keep = !ROLLBACK.matcher(line).matches();
                    }
                }
                append(keep ? line : "");
            }
            finish();
            return changesets;
        }

        private void start(Matcher changeset, int line) {
            header = changeset;
            headerLine = line;
            sql = new StringBuilder();
            sqlLine = line + 1;
        }

        private void append(String line) {
            if (sql != null) {
                sql.append(line).append('\n');
            }
        }

        private void finish() {
            if (header == null) {
                return;
            }
            Map<String, String> attributes = new LinkedHashMap<>();
            Matcher attribute = ATTRIBUTE.matcher(header.group(3));
            while (attribute.find()) {
                attributes.put(attribute.group(1), unquote(attribute.group(2)));
            }
            changesets.add(new LiquibaseChangeset(unquote(header.group(1)), unquote(header.group(2)), headerLine,
                    attributes, sql.toString(), sqlLine));
            header = null;
            sql = null;
        }

    }

}
