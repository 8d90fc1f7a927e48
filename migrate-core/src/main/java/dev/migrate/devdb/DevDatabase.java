package dev.migrate.devdb;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.function.LongSupplier;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.UnsupportedDatabaseException;
import dev.migrate.dir.MigrationDirectory;
import dev.migrate.dir.MigrationFormat;
import dev.migrate.dir.SumFile;

/**
 * A session on the dev database (any registered {@link Dialect}, detected from the connection) for one diff
 * run. It holds one connection for its whole life: that
 * connection's backend owns the run's scratch schemas, so when the run dies, its backend ends and the next session
 * knows the schemas it left are garbage. Opening a session removes such leftovers first.
 *
 * <p>A session only ever creates, fills and drops schemas named {@code migrate_scratch_*} and
 * {@code migrate_cache_*}. Migrations run with the current schema ({@code search_path} on PostgreSQL, {@code SET
 * SCHEMA} on H2) set to their scratch schema; a migration that
 * names another schema explicitly (or creates roles, databases, or extensions already installed elsewhere) reaches
 * outside it, as it would on any database the executor runs it on.
 */
public final class DevDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DevDatabase.class);

    private final Connection connection;
    private final Dialect dialect;
    private final DevSchemas schemas;
    private final Clock clock;
    private final LongSupplier nanoTime;
    private final ReplayCache cache;
    private final InSyncMemo inSync;

    private DevDatabase(Connection connection, Dialect dialect, Clock clock, LongSupplier nanoTime) {
        this.connection = connection;
        this.dialect = dialect;
        this.schemas = dialect.devSchemas();
        this.clock = clock;
        this.nanoTime = nanoTime;
        this.cache = new ReplayCache(connection, schemas);
        this.inSync = new InSyncMemo(connection, schemas);
    }

    /**
     * Opens a session on a connection of the data source, and removes the leftovers of killed runs.
     *
     * @throws DevDatabaseException when no registered dialect handles the database, or it cannot be reached
     */
    public static DevDatabase connect(DataSource dataSource) {
        try {
            return open(dataSource.getConnection(), Clock.systemUTC(), System::nanoTime);
        }
        catch (SQLException ex) {
            throw new DevDatabaseException("Cannot connect to the dev database: " + ex.getMessage(),
                    "Start the dev database, or point migrate.dev.url (-Dmigrate.devUrl for the Maven plugin) at a "
                            + "reachable one, with migrate.dev.username and migrate.dev.password of a user that may "
                            + "log in.", ex);
        }
    }

    /** Opens a session that takes ownership of the connection (closing the session closes it). */
    static DevDatabase open(Connection connection, Clock clock, LongSupplier nanoTime) {
        try {
            Dialect dialect = Dialect.of(connection);
            connection.setAutoCommit(true);
            DevDatabase session = new DevDatabase(connection, dialect, clock, nanoTime);
            session.removeLeftovers();
            return session;
        }
        catch (UnsupportedDatabaseException ex) {
            closeQuietly(connection);
            throw new DevDatabaseException(ex.getMessage(), ex.fix(), ex);
        }
        catch (SQLException | RuntimeException ex) {
            closeQuietly(connection);
            throw ex instanceof DevDatabaseException dev ? dev
                    : new DevDatabaseException("Cannot prepare the dev database: " + ex.getMessage(),
                            "The dev database's user must list schemas and drop the migrate_* ones left by an earlier "
                                    + "run; give it those rights, or " + DevDatabaseException.ANOTHER_DATABASE + ".",
                            ex);
        }
    }

    /** The database's dialect: how its schemas are inspected, diffed and planned. */
    public Dialect dialect() {
        return dialect;
    }

    /** Drops scratch schemas whose run ended without dropping them; returns their names. */
    public List<String> removeLeftovers() {
        try {
            return LeftoverScratchSchemas.remove(connection, schemas, clock);
        }
        catch (SQLException ex) {
            throw new DevDatabaseException("Cannot look for leftover scratch schemas: " + ex.getMessage(),
                    "The dev database's user must list schemas and drop the migrate_scratch_* ones an earlier run "
                            + "left; give it those rights, or " + DevDatabaseException.ANOTHER_DATABASE + ".", ex);
        }
    }

    /** A new, empty scratch schema of this session; close it to drop it. */
    public ScratchSchema createScratchSchema() {
        try {
            return ScratchSchema.create(connection, schemas, clock);
        }
        catch (SQLException ex) {
            throw new DevDatabaseException("Cannot create a scratch schema in the dev database: " + ex.getMessage(),
                    DevDatabaseException.GRANT_CREATE, ex);
        }
    }

    /**
     * Runs work in a new schema of its own that is gone afterwards, with the current schema set to it. Where DDL is
     * transactional (PostgreSQL) the schema is created, used and inspected inside one transaction that is always
     * rolled back, so nothing is ever committed; elsewhere (H2) it is a scratch schema dropped at the end.
     */
    public <T> T inThrowawaySchema(NamedSchemaWork<T> work) {
        if (!schemas.transactionalDdl()) {
            try (ScratchSchema scratch = createScratchSchema()) {
                return inSchema(scratch.name(), connection -> work.run(connection, scratch.name()));
            }
        }
        try {
            return RolledBackSchema.run(connection, schemas, clock, work);
        }
        catch (SQLException ex) {
            throw new DevDatabaseException("Cannot work in a rolled-back schema of the dev database: "
                    + ex.getMessage(), DevDatabaseException.GRANT_CREATE, ex);
        }
    }

    /**
     * The schema the directory creates, from the cache when the directory's {@code atlas.sum} total was replayed
     * before, otherwise replayed now and cached.
     *
     * @throws ReplayFailedException when a migration fails; nothing is cached and no scratch schema remains then
     */
    public ReplayedSchema replay(MigrationDirectory directory, MigrationFormat format) {
        return replay(directory, format, SumFile.compute(directory).total());
    }

    /**
     * {@link #replay(MigrationDirectory, MigrationFormat)} for a caller that has just computed the directory's
     * {@code atlas.sum} total (verifying it), so the files are not read and hashed a second time.
     */
    public ReplayedSchema replay(MigrationDirectory directory, MigrationFormat format, String sumTotal) {
        CacheKey key = new CacheKey(format, sumTotal, directory.location());
        try {
            if (cache.contains(key)) {
                log.debug("{} is unchanged since it was replayed into {}; using that", directory.location(),
                        key.schemaName());
                return ReplayedSchema.fromCache(key.schemaName());
            }
            try (ScratchSchema scratch = createScratchSchema()) {
                ReplayReport report = replayInto(scratch, directory, format);
                return ReplayedSchema.cached(cache.store(scratch, key), report);
            }
        }
        catch (SQLException ex) {
            throw new DevDatabaseException("Cannot use the replay cache of " + directory.location()
                    + " in the dev database: " + ex.getMessage(),
                    "The dev database's user must create, list and drop the migrate_cache_* schemas; give it those "
                            + "rights (CREATE on the database), or " + DevDatabaseException.ANOTHER_DATABASE + ".", ex);
        }
    }

    /**
     * The schema the directory creates, replayed now into a scratch schema that closing the result drops; for when
     * a cached schema must not be used.
     */
    ReplayedSchema replayWithoutCache(MigrationDirectory directory, MigrationFormat format) {
        ScratchSchema scratch = createScratchSchema();
        try {
            return ReplayedSchema.scratch(scratch, replayInto(scratch, directory, format));
        }
        catch (RuntimeException ex) {
            scratch.close();
            throw ex;
        }
    }

    private ReplayReport replayInto(ScratchSchema scratch, MigrationDirectory directory, MigrationFormat format) {
        try {
            return new DirectoryReplayer(connection, schemas, nanoTime).replay(directory, format, scratch.name());
        }
        catch (SQLException ex) {
            throw new DevDatabaseException("Cannot replay " + directory.location() + " in the dev database: "
                    + ex.getMessage(), "The connection to the dev database failed during the replay: start the "
                            + "dev database again (or point migrate.dev.url at a reachable one) and rerun; nothing "
                            + "was written.", ex);
        }
    }

    /**
     * Whether a diff with this key was found in sync on this database before (see {@link #rememberInSync}). A memo
     * that cannot be read, or does not match exactly, is a miss.
     */
    public boolean knownInSync(InSyncKey key) {
        return inSync.holds(key);
    }

    /** Records that a diff with this key found nothing to change; failing to record it is not an error. */
    public void rememberInSync(InSyncKey key) {
        inSync.remember(key);
    }

    /**
     * Runs work on the session's connection with the current schema set to one schema alone, then restores it: so
     * that unqualified statements land in that schema, and the catalog prints its objects' expressions unqualified.
     */
    public <T> T inSchema(String schema, SchemaWork<T> work) {
        try {
            String previous = schemas.currentSchema(connection);
            schemas.useSchema(connection, schema);
            try {
                return work.run(connection);
            }
            finally {
                schemas.restoreSchema(connection, previous);
            }
        }
        catch (SQLException ex) {
            throw new DevDatabaseException("Cannot work in schema " + schema + " of the dev database: "
                    + ex.getMessage(), "Give the dev database's user the right to use schema " + schema
                            + " (USAGE on it, where the database has such a privilege), or "
                            + DevDatabaseException.ANOTHER_DATABASE + ".", ex);
        }
    }

    /** Work on a connection whose current schema is one schema. */
    @FunctionalInterface
    public interface SchemaWork<T> {

        T run(Connection connection) throws SQLException;

    }

    /** Work on a connection whose current schema is the named schema alone. */
    @FunctionalInterface
    public interface NamedSchemaWork<T> {

        T run(Connection connection, String schema) throws SQLException;

    }

    /** The session's connection, for inspecting the schemas it made; do not close it. */
    public Connection connection() {
        return connection;
    }

    @Override
    public void close() {
        closeQuietly(connection);
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        }
        catch (SQLException ex) {
            log.debug("Closing the dev database connection failed: {}", ex.getMessage());
        }
    }

}
