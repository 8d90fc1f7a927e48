package dev.migrate.autoconfigure.dev;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

import javax.sql.DataSource;

import dev.migrate.devdb.DevDatabase;
import dev.migrate.dir.MigrationDirectory;
import dev.migrate.dir.WrittenMigration;
import dev.migrate.generate.SchemaDiff;
import dev.migrate.generate.SchemaDiffSession;

/**
 * Diffs the entities against the source directory in the dev database, and writes the difference there as a new
 * migration. Whatever fails on the way fails as this run's {@link MigrationDiffException}.
 */
final class DevDatabaseDiff {

    private final Supplier<DataSource> database;

    private final EntitySchema entities;

    private final MigrationDiffSettings settings;

    /**
     * @param database the dev database, resolved when the diff runs (see {@link DevDatabases})
     */
    DevDatabaseDiff(Supplier<DataSource> database, EntitySchema entities, MigrationDiffSettings settings) {
        this.database = database;
        this.entities = entities;
        this.settings = settings;
    }

    /** The diff, and the migration written from it unless the entities are in sync with the directory. */
    Outcome run(Path source) {
        try (DevDatabase database = DevDatabase.connect(this.database.get())) {
            SchemaDiffSession session = new SchemaDiffSession(database, this.settings.options());
            SchemaDiff diff = session.diff(this.entities.createScript(database.dialect()),
                    MigrationDirectory.ofPath(source), this.settings.format());
            return new Outcome(diff, session.write(diff, source, this.settings.format(), this.settings.name()));
        }
        catch (RuntimeException ex) {
            throw MigrationDiffException.whileGenerating(ex);
        }
    }

    /** A diff and the migration written from it, if any. */
    record Outcome(SchemaDiff diff, Optional<WrittenMigration> written) {
    }

}
