package dev.migrate.autoconfigure.dev;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;

import dev.migrate.autoconfigure.directory.MigrationDirectorySnapshot;
import dev.migrate.dir.IntegrityReport;
import dev.migrate.dir.WrittenMigration;

/**
 * Makes a migration written to the source folder visible to this run's executor: copies it, with {@code atlas.sum},
 * into the runtime directory ({@code migrate.dir}) when that is another folder on disk (such as
 * {@code target/classes/db/migrations}, found through the class path), and re-reads the directory.
 */
final class RuntimeDirectoryPublisher {

    private final MigrationDirectorySnapshot runtimeDirectory;

    private final ClassLoader classLoader;

    /**
     * @param classLoader the application's, on which a {@code classpath:} runtime directory is found
     */
    RuntimeDirectoryPublisher(MigrationDirectorySnapshot runtimeDirectory, ClassLoader classLoader) {
        this.runtimeDirectory = runtimeDirectory;
        this.classLoader = classLoader;
    }

    void publish(Path source, WrittenMigration migration) {
        Optional<Path> runtime = RuntimeMigrationFolder.locate(this.runtimeDirectory.location(), this.classLoader);
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

}
