package dev.migrate.script;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One {@code -- changeset author:id} of a Liquibase formatted SQL file.
 *
 * @param author the author part
 * @param id the id part
 * @param line the 1-based line of the {@code -- changeset} comment
 * @param attributes the changeset's attributes ({@code splitStatements}, {@code endDelimiter}, {@code dbms}, ...),
 * keys as written
 * @param sql the changeset's SQL: its lines up to the next changeset, rollback lines and ignored lines left out (they
 * are kept as empty lines, so line numbers still match the file)
 * @param sqlLine the 1-based file line where {@link #sql()} begins
 */
record LiquibaseChangeset(String author, String id, int line, Map<String, String> attributes, String sql,
        int sqlLine) {

    public LiquibaseChangeset {
        attributes = Map.copyOf(attributes);
    }

    /** {@code author:id}, as Liquibase shows a changeset. */
    public String label() {
        return author + ":" + id;
    }

    /**
     * Whether Liquibase runs the changeset on a database, as its {@code dbms} attribute says.
     *
     * @param database the database's name in Liquibase ({@code postgresql}, {@code h2})
     */
    public boolean runsOn(String database) {
        Optional<String> dbms = attribute("dbms");
        if (dbms.isEmpty()) {
            return true;
        }
        List<String> names = List.of(dbms.get().toLowerCase(Locale.ROOT).split("\\s*,\\s*"));
        if (names.contains("!" + database) || names.contains("none")) {
            return false;
        }
        List<String> included = names.stream().filter(name -> !name.startsWith("!") && !name.isEmpty()).toList();
        return included.isEmpty() || included.contains("all") || included.contains(database);
    }

    /** Liquibase splits a changeset into statements unless {@code splitStatements:false}. */
    boolean splitStatements() {
        return attribute("splitStatements").map(value -> !value.equalsIgnoreCase("false")).orElse(true);
    }

    StatementDelimiter delimiter() {
        return attribute("endDelimiter").map(StatementDelimiter::of).orElse(StatementDelimiter.SEMICOLON);
    }

    /** The statements Liquibase sends to the database for this changeset, with their file line numbers. */
    public List<SqlStatement> statements() {
        if (!splitStatements()) {
            String whole = sql.strip();
            if (whole.isEmpty()) {
                return List.of();
            }
            int newlinesBefore = (int) sql.substring(0, sql.indexOf(whole)).chars().filter(c -> c == '\n').count();
            return List.of(new SqlStatement(whole, sqlLine + newlinesBefore));
        }
        return SqlSplitter.split(sql, delimiter())
            .stream()
            .map(statement -> new SqlStatement(statement.sql(), sqlLine + statement.line() - 1))
            .toList();
    }

    /** An attribute by name, case-insensitive as Liquibase reads them. */
    Optional<String> attribute(String name) {
        return attributes.entrySet()
            .stream()
            .filter(entry -> entry.getKey().equalsIgnoreCase(name))
            .map(Map.Entry::getValue)
            .findFirst();
    }

}
