package dev.migrate.autoconfigure.dev;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import dev.migrate.autoconfigure.MigrateProperties;
import dev.migrate.dir.MigrationFormat;
import dev.migrate.generate.DiffOptions;

import org.springframework.core.env.Environment;

/**
 * What one diff run is asked to do, read once from the configuration.
 *
 * @param sourceDir the migration source folder, as configured ({@code migrate.dev.source-dir})
 * @param format the format of the migration directory, in which the new migration is written
 * @param name the migration's name ({@code --migrate.diff=NAME}), or empty to derive one from the changes
 * @param appliesInThisRun whether the executor of this run is to apply the new migration (dev auto-diff), so it must
 * be copied into the runtime directory; false for {@code --migrate.diff}, which applies nothing
 * @param applyRiskyChanges whether a migration with changes to review is applied anyway
 * ({@code migrate.dev.apply-risky-changes})
 * @param options what the diff leaves alone ({@code migrate.diff.drop-unmapped-tables},
 * {@code migrate.diff.drop-unmapped-indexes})
 */
record MigrationDiffSettings(String sourceDir, MigrationFormat format, Optional<String> name, boolean appliesInThisRun,
        boolean applyRiskyChanges, DiffOptions options) {

    private static final String DROP_UNMAPPED_TABLES = "migrate.diff.drop-unmapped-tables";

    private static final String DROP_UNMAPPED_INDEXES = "migrate.diff.drop-unmapped-indexes";

    static MigrationDiffSettings of(MigrateProperties.Dev dev, MigrationFormat format, Environment environment) {
        Optional<String> command = MigrationDiffCommand.requested(environment);
        // Read from the environment: migrate.diff itself is the --migrate.diff=NAME value, so it cannot also be a
        // group of bound properties.
        DiffOptions options = new DiffOptions(environment.getProperty(DROP_UNMAPPED_TABLES, Boolean.class, false))
            .withDropUnmappedIndexes(environment.getProperty(DROP_UNMAPPED_INDEXES, Boolean.class, false));
        return new MigrationDiffSettings(dev.getSourceDir(), format, command.filter((name) -> !name.isEmpty()),
                command.isEmpty(), dev.isApplyRiskyChanges(), options);
    }

    /** The source folder, absolute; a start without it fails, as there is nowhere to write a migration. */
    Path sourceDirectory() {
        Path source = Path.of(this.sourceDir).toAbsolutePath().normalize();
        if (!Files.isDirectory(source)) {
            throw new MigrationDiffException("The migration source directory " + source + " does not exist, so "
                    + "there is nowhere to write a generated migration.", "Start the application from its module "
                    + "directory, or set migrate.dev.source-dir to the folder that holds the migrations in version "
                    + "control (such as src/main/resources/db/migrations).", null);
        }
        return source;
    }

}
