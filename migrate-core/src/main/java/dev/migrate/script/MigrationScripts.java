package dev.migrate.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.migrate.dir.MigrationFormat;

/**
 * The statements each executor sends for a migration file:
 * <ul>
 * <li>{@code liquibase}: the SQL of the file's changesets that run on the database (their {@code dbms}), split per changeset as its
 * {@code splitStatements} and {@code endDelimiter} say; a file without the formatted SQL header is plain SQL, as
 * Liquibase reads it;</li>
 * <li>{@code flyway}: the script after Flyway's built-in placeholders {@code ${flyway:defaultSchema}},
 * {@code ${flyway:filename}} and {@code ${flyway:table}} are replaced;</li>
 * <li>{@code atlas}: the script, split on the delimiter of an {@code -- atlas:delimiter} directive when the file has
 * one;</li>
 * <li>{@code golang-migrate}: the script.</li>
 * </ul>
 */
public final class MigrationScripts {

    private static final Pattern ATLAS_DELIMITER = Pattern.compile("--\\s*atlas:delimiter\\s+(.+)");

    private MigrationScripts() {
    }

    /**
     * @param schema the schema the statements will run in, which Flyway's {@code ${flyway:defaultSchema}} names
     * @param liquibaseDatabase the database's name in Liquibase's {@code dbms} attribute ({@code postgresql},
     * {@code h2})
     */
    public static List<MigrationStatement> statements(MigrationFormat format, String file, String text, String schema,
            String liquibaseDatabase) {
        return switch (format) {
            case LIQUIBASE -> liquibase(file, text, liquibaseDatabase);
            case FLYWAY -> plain(file, FlywayPlaceholders.replace(text, file, schema), StatementDelimiter.SEMICOLON);
            case ATLAS -> plain(file, text, atlasDelimiter(text));
            case GOLANG_MIGRATE -> plain(file, text, StatementDelimiter.SEMICOLON);
        };
    }

    private static List<MigrationStatement> liquibase(String file, String text, String database) {
        Optional<List<LiquibaseChangeset>> changesets = LiquibaseFormattedSql.parse(text);
        if (changesets.isEmpty()) {
            return plain(file, text, StatementDelimiter.SEMICOLON);
        }
        List<MigrationStatement> statements = new ArrayList<>();
        for (LiquibaseChangeset changeset : changesets.get()) {
            if (changeset.runsOn(database)) {
                for (SqlStatement statement : changeset.statements()) {
                    statements.add(new MigrationStatement(file, changeset.label(), statement.line(), statement.sql()));
                }
            }
        }
        return statements;
    }

    private static List<MigrationStatement> plain(String file, String text, StatementDelimiter delimiter) {
        return SqlSplitter.split(text, delimiter)
            .stream()
            .map(statement -> new MigrationStatement(file, null, statement.line(), statement.sql()))
            .toList();
    }

    /** Atlas reads directives from the comment lines at the top of a file. */
    private static StatementDelimiter atlasDelimiter(String text) {
        for (String line : text.lines().toList()) {
            String trimmed = line.strip();
            if (!trimmed.startsWith("--")) {
                break;
            }
            Matcher directive = ATLAS_DELIMITER.matcher(trimmed);
            if (directive.matches()) {
                return StatementDelimiter.literal(unescape(directive.group(1)));
            }
        }
        return StatementDelimiter.SEMICOLON;
    }

    private static String unescape(String value) {
        return value.replace("\\n", "\n").replace("\\t", "\t");
    }

}
