package dev.migrate.autoconfigure.dev;

import java.nio.file.Path;
import java.util.Optional;

import dev.migrate.autoconfigure.integrity.IntegrityGate;
import dev.migrate.dir.WrittenMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;

/**
 * Diffs the entities against the migration source directory and writes the difference as a new migration, when the
 * context starts: after the integrity gate (it takes the gate as a dependency) and before Liquibase, Flyway and the
 * EntityManagerFactory (it is a database initializer, see {@code MigrateDatabaseInitializerDetector}).
 *
 * <p>The steps are its collaborators': the in-sync stamp skips an unchanged start, {@link DevDatabaseDiff} diffs and
 * writes, {@link RiskyChangesReview} stops for a person, and {@link RuntimeDirectoryPublisher} copies the new files
 * into the runtime directory ({@code migrate.dir}) when it is another folder, so the executor applies them in the same
 * run.
 */
public class MigrationDiffRunner implements InitializingBean {

    private static final Logger logger = LoggerFactory.getLogger(MigrationDiffRunner.class);

    private final MigrationDiffSettings settings;

    private final EntitySchema entities;

    private final DevDatabaseDiff diff;

    private final RuntimeDirectoryPublisher publisher;

    private volatile Optional<WrittenMigration> written = Optional.empty();

    /**
     * @param gate the integrity gate, taken so that the diff runs after it
     */
    MigrationDiffRunner(IntegrityGate gate, MigrationDiffSettings settings, EntitySchema entities,
            DevDatabaseDiff diff, RuntimeDirectoryPublisher publisher) {
        this.settings = settings;
        this.entities = entities;
        this.diff = diff;
        this.publisher = publisher;
    }

    @Override
    public void afterPropertiesSet() {
        Path source = this.settings.sourceDirectory();
        long start = System.nanoTime();
        InSyncStamp inSync = new InSyncStamp(source);
        Optional<String> fingerprint = fingerprint(inSync);
        if (fingerprint.isPresent() && inSync.matches(fingerprint.get())) {
            logger.info("Entities unchanged since a start found them in sync with {}: no new migration ({} ms)",
                    source, (System.nanoTime() - start) / 1_000_000);
            return;
        }
        DevDatabaseDiff.Outcome outcome = this.diff.run(source);
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (outcome.written().isEmpty()) {
            fingerprint.ifPresent(inSync::record);
            logger.info("Entities are in sync with {}: no new migration ({} ms)", source, millis);
            return;
        }
        WrittenMigration migration = outcome.written().get();
        this.written = outcome.written();
        for (Path file : migration.files()) {
            logger.info("Generated migration {} from the entity changes ({} ms)", file, millis);
        }
        if (this.settings.appliesInThisRun()) {
            if (RiskyChangesReview.needed(outcome.diff()) && !this.settings.applyRiskyChanges()) {
                new PendingReviews(source).add(migration.files().stream()
                    .map((file) -> file.getFileName().toString()).toList());
                throw RiskyChangesReview.stop(outcome.diff(), migration);
            }
            this.publisher.publish(source, migration);
        }
    }

    /** This start's in-sync fingerprint; empty when it cannot be computed, and the full diff then runs. */
    private Optional<String> fingerprint(InSyncStamp inSync) {
        try {
            return inSync.fingerprint(this.entities.fingerprint(), this.settings.options(), this.settings.format());
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

}
