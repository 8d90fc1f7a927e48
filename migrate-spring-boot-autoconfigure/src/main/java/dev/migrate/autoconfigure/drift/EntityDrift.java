package dev.migrate.autoconfigure.drift;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import dev.migrate.devdb.DevDatabase;
import dev.migrate.dialect.Dialect;
import dev.migrate.diff.ConstraintMatching;
import dev.migrate.diff.SchemaChange;
import dev.migrate.generate.DesiredSchema;
import dev.migrate.schema.InspectOptions;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Table;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entities against the live database: the entities' create script runs in a throwaway schema of
 * the dev database ({@link DesiredSchema}), the live schema is inspected by the same inspector, and the differ says
 * what separates them, pairing constraints by definition.
 * Tables no entity maps and executor history tables are left out, as a generated migration leaves them alone.
 *
 * <p>Computed on demand, one computation at a time, and cached for a while; a report never waits longer than the
 * timeout: a computation still running then is reported as {@code UNKNOWN} and its result is cached when it ends.
 */
public class EntityDrift {

    private static final Logger logger = LoggerFactory.getLogger(EntityDrift.class);

    private final Function<Dialect, List<String>> desiredScript;

    private final DataSource live;

    private final Supplier<DataSource> dev;

    private final Duration timeout;

    private final Duration cacheTtl;

    private CompletableFuture<DriftReport> computation;

    private long computedAt;

    /**
     * @param desiredScript the entities' create script for a dialect, unqualified
     * @param live the application's database
     * @param dev the database to build the desired schema in (a throwaway schema only)
     */
    public EntityDrift(Function<Dialect, List<String>> desiredScript, DataSource live, Supplier<DataSource> dev,
            Duration timeout, Duration cacheTtl) {
        this.desiredScript = desiredScript;
        this.live = live;
        this.dev = dev;
        this.timeout = timeout;
        this.cacheTtl = cacheTtl;
    }

    /** The drift, from the cache when fresh; {@code UNKNOWN} when it cannot be known within the timeout. */
    public DriftReport current() {
        CompletableFuture<DriftReport> future = computation();
        try {
            return future.get(this.timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
        catch (TimeoutException ex) {
            return DriftReport.unknown("Comparing the entities with the database took longer than "
                    + this.timeout.toMillis() + " ms (migrate.drift.timeout)");
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return DriftReport.unknown("Interrupted");
        }
        catch (ExecutionException ex) {
            return DriftReport.unknown(String.valueOf(ex.getCause().getMessage()));
        }
    }

    private synchronized CompletableFuture<DriftReport> computation() {
        long now = System.nanoTime();
        boolean stale = this.computation == null
                || (this.computation.isDone() && now - this.computedAt > this.cacheTtl.toNanos());
        if (stale) {
            this.computedAt = now;
            CompletableFuture<DriftReport> future = new CompletableFuture<>();
            Thread worker = new Thread(() -> future.complete(computeSafely()), "migrate-drift");
            worker.setDaemon(true);
            worker.start();
            this.computation = future;
        }
        return this.computation;
    }

    private DriftReport computeSafely() {
        try {
            return compute();
        }
        catch (RuntimeException ex) {
            logger.debug("Cannot compare the entities with the database", ex);
            return DriftReport.unknown(ex.getMessage());
        }
    }

    private DriftReport compute() {
        try (DevDatabase live = DevDatabase.connect(this.live)) {
            Dialect dialect = live.dialect();
            Schema desired = desired(dialect);
            String schema = currentSchema(dialect, live.connection());
            Schema inspected = live.inSchema(schema,
                    (connection) -> dialect.inspect(connection, InspectOptions.schema(schema)));
            Set<String> mapped = desired.tables().stream().map(Table::name).collect(Collectors.toSet());
            Schema current = inspected.withTables(inspected.tables().stream()
                .filter((table) -> mapped.contains(table.name()))
                .toList());
            // Hibernate generates constraint names; the live ones were often named by hand.
            List<SchemaChange> changes = dialect.differ().matching(ConstraintMatching.BY_DEFINITION)
                .diff(current, desired);
            return DriftReport.of(dialect.plan(changes).changes().stream()
                .map((change) -> new DriftReport.Change(change.comment(), change.statements()))
                .toList());
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
