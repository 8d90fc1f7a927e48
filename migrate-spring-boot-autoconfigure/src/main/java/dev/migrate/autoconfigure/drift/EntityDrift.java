package dev.migrate.autoconfigure.drift;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import javax.sql.DataSource;

import dev.migrate.devdb.DevDatabase;
import dev.migrate.dialect.Dialect;
import dev.migrate.diff.ConstraintMatching;
import dev.migrate.diff.SchemaChange;
import dev.migrate.generate.DesiredSchema;
import dev.migrate.generate.DiffOptions;
import dev.migrate.generate.UnmappedObjects;
import dev.migrate.schema.InspectOptions;
import dev.migrate.schema.Schema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entities against the live database: the entities' create script runs in a throwaway schema of
 * the dev database ({@link DesiredSchema}), the live schema is inspected by the same inspector, and the differ says
 * what separates them, pairing constraints by definition.
 * Tables no entity maps and executor history tables are left out, as a generated migration leaves them alone.
 */
public class EntityDrift {

    private static final Logger logger = LoggerFactory.getLogger(EntityDrift.class);

    private final Function<Dialect, List<String>> desiredScript;

    private final DataSource live;

    private final Supplier<DataSource> dev;

    /**
     * @param desiredScript the entities' create script for a dialect, unqualified
     * @param live the application's database
     * @param dev the database to build the desired schema in (a throwaway schema only)
     */
    public EntityDrift(Function<Dialect, List<String>> desiredScript, DataSource live, Supplier<DataSource> dev) {
        this.desiredScript = desiredScript;
        this.live = live;
        this.dev = dev;
    }

    /**
     * Compares the entities with the live database now; blocks while the database does. Reports ask
     * {@link CachedDrift} instead, which bounds the wait.
     */
    public DriftReport compute() {
        try {
            return diff();
        }
        catch (RuntimeException ex) {
            logger.debug("Cannot compare the entities with the database", ex);
            return DriftReport.unknown(ex.getMessage());
        }
    }

    private DriftReport diff() {
        try (DevDatabase live = DevDatabase.connect(this.live)) {
            Dialect dialect = live.dialect();
            Schema desired = desired(dialect);
            String schema = currentSchema(dialect, live.connection());
            Schema inspected = live.inSchema(schema,
                    (connection) -> dialect.inspect(connection, InspectOptions.schema(schema)));
            // What a generated migration leaves alone (unmapped tables, hand-written indexes) is no drift.
            Schema current = UnmappedObjects.leaveAlone(inspected, desired, DiffOptions.DEFAULTS);
            // Hibernate generates constraint names; the live ones were often named by hand.
            List<SchemaChange> changes = dialect.differ().matching(ConstraintMatching.BY_DEFINITION)
                .diff(current, desired);
            return DriftReport.of(dialect.plan(changes).changes().stream()
                .map((change) -> new DriftReport.Change(change.comment(), change.statements()))
                .toList(), UnmappedObjects.extras(inspected, desired));
        }
    }

    /**
     * The entities' schema, built in a dev database of the live database's kind: on PostgreSQL in a transaction that
     * is rolled back, so nothing is ever committed even when the dev database is the live one.
     */
    private Schema desired(Dialect liveDialect) {
        try (DevDatabase database = DevDatabase.connect(this.dev.get())) {
            Dialect dialect = database.dialect();
            if (!dialect.name().equals(liveDialect.name())) {
                throw new IllegalStateException("The dev database is " + dialect.name() + " but the live database is "
                        + liveDialect.name() + "; drift compares schemas of one kind");
            }
            return DesiredSchema.build(database, this.desiredScript.apply(dialect));
        }
    }

    private static String currentSchema(Dialect dialect, Connection connection) {
        try {
            return dialect.currentSchema(connection);
        }
        catch (SQLException ex) {
            throw new IllegalStateException("Cannot read the database's current schema: " + ex.getMessage(), ex);
        }
    }

}
