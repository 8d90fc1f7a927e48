package dev.migrate.autoconfigure.dev;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import javax.sql.DataSource;

import dev.migrate.autoconfigure.MigrateProperties;
import dev.migrate.autoconfigure.directory.MigrationDirectorySnapshot;
import dev.migrate.autoconfigure.integrity.IntegrityGate;
import dev.migrate.devdb.DevDatabase;
import dev.migrate.dialect.Dialect;
import dev.migrate.dir.IntegrityException;
import dev.migrate.dir.IntegrityReport;
import dev.migrate.dir.MigrationDirectory;
import dev.migrate.dir.WrittenMigration;
import dev.migrate.generate.DiffOptions;
import dev.migrate.generate.SchemaDiff;
import dev.migrate.generate.SchemaDiffSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;

/**
 * Diffs the entities against the migration source directory and writes the difference as a new migration, when the
 * context starts: after the integrity gate (it takes the gate as a dependency) and before Liquibase, Flyway and the
 * EntityManagerFactory (it is a database initializer, see {@code MigrateDatabaseInitializerDetector}).
 *
 * <p>The new files go to the source directory ({@code migrate.dev.source-dir}) and, when the runtime directory
 * ({@code migrate.dir}) is another folder on disk (such as {@code target/classes/db/migrations}), are copied there
 * with {@code atlas.sum}, so the executor applies them in the same run.
 */
public class MigrationDiffRunner implements InitializingBean {

    private static final Logger logger = LoggerFactory.getLogger(MigrationDiffRunner.class);

    private final MigrationDirectorySnapshot runtimeDirectory;

    private final Function<Dialect, List<String>> desiredScript;

    private final MigrateProperties.Dev dev;

    private final Supplier<DataSource> dataSource;

    private final Optional<String> name;

    private final boolean applyInThisRun;

    private final DiffOptions options;

    private final Supplier<String> desiredFingerprint;

    private final ClassLoader classLoader;

    private volatile Optional<WrittenMigration> written = Optional.empty();

    /**
     * @param gate the integrity gate, taken so that the diff runs after it
     * @param desiredScript the entities' create script for the dev database's dialect, unqualified
     * @param name the migration's name ({@code --migrate.diff=NAME}), or empty to derive one from the changes
     * @param applyInThisRun whether the executor of this run is to apply the new migration (dev auto-diff), so it
     * must be copied into the runtime directory; false for {@code --migrate.diff}, which applies nothing
     * @param options what the diff leaves alone ({@code migrate.diff.drop-unmapped-tables},
     * {@code migrate.diff.drop-unmapped-indexes})
     * @param desiredFingerprint a hash of the entities and the dev database, cheap to compute (no Hibernate mapping),
     * by which an unchanged start is known to be in sync (see {@link InSyncStamp})
     */
    public MigrationDiffRunner(IntegrityGate gate, MigrationDirectorySnapshot runtimeDirectory,
            Function<Dialect, List<String>> desiredScript, MigrateProperties.Dev dev, Supplier<DataSource> dataSource,
            Optional<String> name, boolean applyInThisRun, DiffOptions options, Supplier<String> desiredFingerprint,
            ClassLoader classLoader) {
        this.runtimeDirectory = runtimeDirectory;
        this.desiredScript = desiredScript;
        this.dev = dev;
        this.dataSource = dataSource;
        this.name = name;
        this.applyInThisRun = applyInThisRun;
        this.options = options;
        this.desiredFingerprint = desiredFingerprint;
        this.classLoader = classLoader;
    }

    @Override
    public void afterPropertiesSet() {
        Path source = sourceDirectory();
        long start = System.nanoTime();
        InSyncStamp inSync = new InSyncStamp(source);
        Optional<String> fingerprint = fingerprint(inSync);
        if (fingerprint.isPresent() && inSync.matches(fingerprint.get())) {
            logger.info("Entities unchanged since a start found them in sync with {}: no new migration ({} ms)",
                    source, (System.nanoTime() - start) / 1_000_000);
            return;
        }
        Optional<WrittenMigration> migration;
        SchemaDiff diff;
        try (DevDatabase database = DevDatabase.connect(DevDatabases.resolve(this.dev, this.dataSource))) {
            List<String> script = desiredScript(database.dialect());
            SchemaDiffSession session = new SchemaDiffSession(database, this.options);
            diff = session.diff(script, MigrationDirectory.ofPath(source), this.runtimeDirectory.format());
            migration = session.write(diff, source, this.runtimeDirectory.format(), this.name);
        }
        catch (IntegrityException ex) {
            throw new MigrationDiffException("The migration source directory " + source + " does not match its "
                    + "atlas.sum: " + ex.getMessage(), "Restore the directory from version control, or run "
                    + "./mvnw migrate:hash if the edit was intended, then start again.", ex);
        }
        catch (MigrationDiffException ex) {
            throw ex;
        }
        catch (RuntimeException ex) {
            throw new MigrationDiffException("Generating a migration from the entities failed: " + ex.getMessage(),
                    "Fix the cause above and start again; nothing was written and nothing was applied.", ex);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (migration.isEmpty()) {
            fingerprint.ifPresent(inSync::record);
            logger.info("Entities are in sync with {}: no new migration ({} ms)", source, millis);
            return;
        }
        this.written = migration;
        for (Path file : migration.get().files()) {
            logger.info("Generated migration {} from the entity changes ({} ms)", file, millis);
        }
        if (this.applyInThisRun) {
            if (RiskyChangesReview.needed(diff) && !this.dev.isApplyRiskyChanges()) {
                new PendingReviews(source).add(migration.get().files().stream()
                    .map((file) -> file.getFileName().toString()).toList());
                throw RiskyChangesReview.stop(diff, migration.get());
            }
            publish(source, migration.get());
        }
    }

    /** This start's in-sync fingerprint; empty when it cannot be computed, and the full diff then runs. */
    private Optional<String> fingerprint(InSyncStamp inSync) {
        try {
            return inSync.fingerprint(this.desiredFingerprint.get(), this.options, this.runtimeDirectory.format());
        }
        catch (RuntimeException ex) {
            logger.debug("Cannot fingerprint the entities; diffing in full", ex);
            return Optional.empty();
        }
    }

    /** The migration this run wrote, if any. */
    public Optional<WrittenMigration> written() {
        return this.written;
    }

    private List<String> desiredScript(Dialect dialect) {
        try {
            return this.desiredScript.apply(dialect);
        }
        catch (RuntimeException ex) {
            throw new MigrationDiffException("Hibernate cannot produce the entities' schema: " + ex.getMessage(),
                    "Fix the entity mapping; the EntityManagerFactory would fail the same way.", ex);
        }
    }

    private Path sourceDirectory() {
        Path source = Path.of(this.dev.getSourceDir()).toAbsolutePath().normalize();
        if (!Files.isDirectory(source)) {
            throw new MigrationDiffException("The migration source directory " + source + " does not exist, so "
                    + "there is nowhere to write a generated migration.", "Start the application from its module "
                    + "directory, or set migrate.dev.source-dir to the folder that holds the migrations in version "
                    + "control (such as src/main/resources/db/migrations).", null);
        }
        return source;
    }

    /** Makes the new files visible to this run's executor: copies them into the runtime directory when it differs. */
    private void publish(Path source, WrittenMigration migration) {
        Optional<Path> runtime = runtimePath();
        if (runtime.isEmpty()) {
            throw new MigrationDiffException("Wrote " + migration.files() + ", but the runtime migration directory "
                    + this.runtimeDirectory.location() + " is not a folder on disk, so this run cannot apply it.",
                    "Restart from the build output (./mvnw spring-boot:run), or set migrate.dir=file:"
                            + source + " for development.", null);
        }
        try {
            if (!RuntimeMigrationFolder.isSame(runtime.get(), source)) {
                RuntimeMigrationFolder.syncFrom(source, runtime.get());
            }
        }
        catch (UncheckedIOException ex) {
            throw new MigrationDiffException("Wrote " + migration.files() + ", but cannot copy it into the runtime "
                    + "directory " + runtime.get() + ": " + ex.getMessage(), "Rebuild (the new file is in the "
                    + "source directory) and start again.", ex);
        }
        this.runtimeDirectory.refresh();
        IntegrityReport report = this.runtimeDirectory.integrity();
        if (!report.ok()) {
            throw new MigrationDiffException("Wrote " + migration.files() + ", but the runtime directory "
                    + runtime.get() + " no longer matches its atlas.sum (" + report.status() + "): it was out of "
                    + "date with " + source + ".", "Rebuild so the runtime directory is a copy of the source "
                    + "directory, and start again.", null);
        }
    }

    private Optional<Path> runtimePath() {
        return RuntimeMigrationFolder.locate(this.runtimeDirectory.location(), this.classLoader);
    }

}
