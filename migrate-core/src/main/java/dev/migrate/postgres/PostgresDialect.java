package dev.migrate.postgres;

import java.sql.Connection;
import java.util.List;

import dev.migrate.devdb.DevSchemas;
import dev.migrate.dialect.Dialect;
import dev.migrate.diff.SchemaChange;
import dev.migrate.diff.SchemaDiffer;
import dev.migrate.plan.Plan;
import dev.migrate.schema.InspectOptions;
import dev.migrate.schema.Schema;

/** PostgreSQL behind the {@link Dialect} seam. */
final class PostgresDialect implements Dialect {

    static final PostgresDialect INSTANCE = new PostgresDialect();

    private final DevSchemas devSchemas = new PostgresDevSchemas();

    private PostgresDialect() {
    }

    @Override
    public String name() {
        return "PostgreSQL";
    }

    @Override
    public Schema inspect(Connection connection, InspectOptions options) {
        return Postgres.inspector().inspect(connection, options);
    }

    @Override
    public SchemaDiffer differ() {
        return Postgres.differ();
    }

    @Override
    public Plan plan(List<SchemaChange> changes) {
        return Postgres.planner().plan(changes);
    }

    @Override
    public DevSchemas devSchemas() {
        return devSchemas;
    }

    @Override
    public String renameColumn(String table, String from, String to) {
        return "ALTER TABLE " + PostgresIdentifiers.quote(table) + " RENAME COLUMN " + PostgresIdentifiers.quote(from)
                + " TO " + PostgresIdentifiers.quote(to);
    }

}
