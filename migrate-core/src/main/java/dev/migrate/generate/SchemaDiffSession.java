package dev.migrate.generate;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.migrate.devdb.DevDatabase;
import dev.migrate.devdb.InSyncKey;
import dev.migrate.dialect.Dialect;
import dev.migrate.devdb.ReplayedSchema;
import dev.migrate.diff.SchemaChange;
import dev.migrate.dir.IntegrityException;
import dev.migrate.dir.IntegrityReport;
import dev.migrate.dir.IntegrityVerifier;
import dev.migrate.dir.MigrationDirectory;
import dev.migrate.dir.MigrationFormat;
import dev.migrate.dir.MigrationWriter;
import dev.migrate.dir.NewMigration;
import dev.migrate.dir.WrittenMigration;
import dev.migrate.schema.InspectOptions;
import dev.migrate.schema.Schema;

/**
 * Entities against a migration directory on a dev database, both sides read by the same inspector: the desired
 * create script runs in a throwaway schema ({@link DesiredSchema}: rolled back on PostgreSQL, a dropped scratch schema
 * on H2), the directory is replayed (or found in the replay cache) in a scratch schema, the two are inspected, diffed
 * and planned, and the plan becomes a new migration in the directory's format. Nothing outside {@code migrate_*}
 * schemas is touched. An in-sync outcome is remembered in the dev database, so the next diff of the same entities and
 * directory returns at once (see {@link DevDatabase#knownInSync}).
 *
 * <p>The dialect is the dev database's, detected when the {@link DevDatabase} connects; the desired
 * script must be written for that same database (Hibernate's create script for its dialect). Usage:
 *
 * <pre>{@code
 * try (DevDatabase dev = DevDatabase.connect(dataSource)) {   // e.g. jdbc:h2:mem:migrate_dev_<random>, or PostgreSQL
 *     SchemaDiffSession session = new SchemaDiffSession(dev, DiffOptions.DEFAULTS);
 *     Optional<WrittenMigration> written = session.generate(createScript, directory, MigrationFormat.ATLAS,
 *             Optional.of("add_email"));                       // empty: in sync, nothing written
 *     SchemaDiff diff = session.diff(createScript, MigrationDirectory.ofPath(directory), MigrationFormat.ATLAS);
 * }
 * }</pre>
 */
public final class SchemaDiffSession {

    private static final Logger log = LoggerFactory.getLogger(SchemaDiffSession.class);

    private final DevDatabase dev;
    private final DiffOptions options;

    public SchemaDiffSession(DevDatabase dev, DiffOptions options) {
        this.dev = dev;
        this.options = options;
    }

    /**
     * The difference from what the directory creates to what the desired script creates.
     *
     * @param desiredScript the desired schema's create statements, unqualified (Hibernate's create script)
     * @throws IntegrityException when the directory does not match its {@code atlas.sum}
     */
    public SchemaDiff diff(List<String> desiredScript, MigrationDirectory directory, MigrationFormat format) {
        IntegrityReport integrity = IntegrityVerifier.verify(directory, true);
        if (!integrity.ok()) {
            throw new IntegrityException(integrity);
        }
        // An intact directory's report always carries the sum its files produce.
        String sumTotal = integrity.computed().orElseThrow().total();
        InSyncKey key = new InSyncKey(format, sumTotal, DesiredFingerprint.of(desiredScript, options),
                directory.location());
        if (dev.knownInSync(key)) {
            log.debug("{} was found in sync with the same entities before; not diffing again", directory.location());
            return SchemaDiff.NONE;
        }
        Schema desired = DesiredSchema.build(dev, desiredScript);
        Schema current;
        try (ReplayedSchema replayed = dev.replay(directory, format, sumTotal)) {
            current = inspect(replayed.name());
        }
        Dialect dialect = dev.dialect();
        List<SchemaChange> changes = dialect.differ()
            .matching(options.constraintMatching())
            .diff(UnmappedObjects.leaveAlone(current, desired, options), desired);
        SchemaDiff diff = new SchemaDiff(changes, dialect.plan(changes), LikelyRenames.in(changes, dialect));
        if (diff.inSync()) {
            dev.rememberInSync(key);
        }
        return diff;
    }

    /**
     * Diffs and writes the difference as a new migration with its reverse, {@code atlas.sum} updated.
     *
     * @param name the migration's name, or empty to derive one from the changes
     * @return the written migration, or empty when the directory is in sync with the entities
     */
    public Optional<WrittenMigration> generate(List<String> desiredScript, Path directory, MigrationFormat format,
            Optional<String> name) {
        return write(diff(desiredScript, MigrationDirectory.ofPath(directory), format), directory, format, name);
    }

    /**
     * Writes a difference found by {@link #diff} as a new migration with its reverse, {@code atlas.sum} updated.
     *
     * @return the written migration, or empty when the difference is nothing
     */
    public Optional<WrittenMigration> write(SchemaDiff diff, Path directory, MigrationFormat format,
            Optional<String> name) {
        if (diff.inSync()) {
            log.info("The schema is in sync with the entities: {} needs no new migration", directory);
            return Optional.empty();
        }
        diff.likelyRenames().forEach(rename -> log.warn("Likely rename in {}: {} dropped and {} added; the "
                + "migration says how to keep the data", rename.table(), rename.from(), rename.to()));
        NewMigration migration = new NewMigration(name.filter(n -> !n.isBlank()).orElseGet(diff::suggestedName),
                diff.upSql(), diff.downSql());
        return Optional.of(new MigrationWriter(directory).add(format, migration));
    }

    private Schema inspect(String schema) {
        return dev.inSchema(schema, connection -> dev.dialect().inspect(connection, InspectOptions.schema(schema)));
    }

}
