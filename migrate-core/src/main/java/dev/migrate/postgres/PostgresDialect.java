package dev.migrate.postgres;

import java.sql.Connection;
import java.util.List;
import java.util.Set;

import dev.migrate.devdb.DevSchemas;
import dev.migrate.dialect.Dialect;
import dev.migrate.diff.SchemaChange;
import dev.migrate.diff.SchemaDiffer;
import dev.migrate.plan.ChangePlanner;
import dev.migrate.plan.ChangeRisks;
import dev.migrate.plan.FitCheck;
import dev.migrate.plan.Plan;
import dev.migrate.schema.InspectOptions;
import dev.migrate.schema.Schema;

/**
 * PostgreSQL behind the {@link Dialect} seam. Its DDL is transactional, so a private dev schema is one created in a
 * transaction that is rolled back, in any database of the server, the application's own included.
 */
public final class PostgresDialect implements Dialect {

    static final PostgresDialect INSTANCE = new PostgresDialect();

    /** PostgreSQL keeps the first 63 bytes of a name. */
    private static final int MAX_NAME_LENGTH = 63;

    private static final ChangePlanner PLANNER = new ChangePlanner(PostgresStatements::of,
            new ChangeRisks(PostgresTypes::isWidening),
            new FitCheck(PostgresIdentifiers::quote, PostgresTypes::render, MAX_NAME_LENGTH));

    private final DevSchemas devSchemas = new PostgresDevSchemas();

    /** For {@link java.util.ServiceLoader}; {@link Postgres#dialect()} gives the shared instance. */
    public PostgresDialect() {
    }

    @Override
    public String id() {
        return "postgresql";
    }

    @Override
    public String name() {
        return "PostgreSQL";
    }

    @Override
    public Set<String> productNames() {
        return Set.of("PostgreSQL");
    }

    @Override
    public List<String> urlPrefixes() {
        return List.of("jdbc:postgresql:");
    }

    @Override
    public String hibernateDialect() {
        return "org.hibernate.dialect.PostgreSQLDialect";
    }

    @Override
    public Schema inspect(Connection connection, InspectOptions options) {
        return new PostgresInspector().inspect(connection, options);
    }

    @Override
    public SchemaDiffer differ() {
        return new SchemaDiffer(PostgresNormalizer.INSTANCE);
    }

    @Override
    public Plan plan(List<SchemaChange> changes) {
        return PLANNER.plan(changes);
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
