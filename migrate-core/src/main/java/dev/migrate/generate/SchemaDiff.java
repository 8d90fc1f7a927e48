package dev.migrate.generate;

import java.util.List;

import dev.migrate.diff.SchemaChange;
import dev.migrate.plan.Plan;

/**
 * What separates the directory from the entities: the changes, their plan, and the likely renames among them.
 */
public record SchemaDiff(List<SchemaChange> changes, Plan plan, List<LikelyRename> likelyRenames) {

    /** Nothing to change. */
    static final SchemaDiff NONE = new SchemaDiff(List.of(), new Plan(List.of()), List.of());

    public SchemaDiff {
        changes = List.copyOf(changes);
        likelyRenames = List.copyOf(likelyRenames);
    }

    /** True when the directory already creates what the entities map. */
    public boolean inSync() {
        return plan.isEmpty();
    }

    /** The migration's SQL: a warning per likely rename, then the plan. */
    public String upSql() {
        StringBuilder sql = new StringBuilder();
        likelyRenames.forEach(rename -> sql.append(rename.comment()));
        return sql.append(plan.toSql()).toString();
    }

    /** The reverse migration's SQL. */
    String downSql() {
        return plan.toReverseSql();
    }

    /** A short name for the migration, derived from the changes. */
    String suggestedName() {
        return MigrationNames.derive(changes);
    }

}
