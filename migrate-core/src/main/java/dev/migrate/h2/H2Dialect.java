package dev.migrate.h2;

import java.sql.Connection;
import java.util.List;

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

/** H2 2.x behind the {@link Dialect} seam. */
final class H2Dialect implements Dialect {

    static final H2Dialect INSTANCE = new H2Dialect();

    /** H2 accepts names of up to 256 characters. */
    private static final int MAX_NAME_LENGTH = 256;

    private static final ChangePlanner PLANNER = new ChangePlanner(H2Statements::of,
            new ChangeRisks(H2Types::isWidening),
            new FitCheck(H2Identifiers::quote, H2Types::render, MAX_NAME_LENGTH));

    private final DevSchemas devSchemas = new H2DevSchemas();

    private H2Dialect() {
    }

    @Override
    public String name() {
        return "H2";
    }

    @Override
    public Schema inspect(Connection connection, InspectOptions options) {
        return new H2Inspector().inspect(connection, options);
    }

    @Override
    public SchemaDiffer differ() {
        return new SchemaDiffer(H2Normalizer.INSTANCE);
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
        return "ALTER TABLE " + H2Identifiers.quote(table) + " ALTER COLUMN " + H2Identifiers.quote(from)
                + " RENAME TO " + H2Identifiers.quote(to);
    }

}
