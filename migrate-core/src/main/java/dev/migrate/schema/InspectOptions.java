package dev.migrate.schema;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What an inspector reads: one schema, minus excluded tables. By default the history tables of migration executors
 * are excluded ({@link #EXECUTOR_HISTORY_TABLES}), so a diff never proposes to drop them.
 */
public record InspectOptions(String schema, Set<String> excludedTables) {

    static final Set<String> EXECUTOR_HISTORY_TABLES = Set.of("databasechangelog", "databasechangeloglock",
            "flyway_schema_history", "schema_migrations", "atlas_schema_revisions");

    public InspectOptions {
        Objects.requireNonNull(schema, "schema");
        excludedTables = Set.copyOf(excludedTables);
    }

    /** The given schema, executor history tables excluded. */
    public static InspectOptions schema(String schema) {
        return new InspectOptions(schema, EXECUTOR_HISTORY_TABLES);
    }

    /** These options, with more tables excluded. */
    public InspectOptions excluding(String... tables) {
        Set<String> excluded = new LinkedHashSet<>(excludedTables);
        excluded.addAll(List.of(tables));
        return new InspectOptions(schema, excluded);
    }

    /** These options, with no table excluded (not even executor history tables). */
    public InspectOptions excludingNothing() {
        return new InspectOptions(schema, Set.of());
    }

}
