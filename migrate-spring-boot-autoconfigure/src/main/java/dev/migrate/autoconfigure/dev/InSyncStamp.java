package dev.migrate.autoconfigure.dev;

import java.nio.file.Path;
import java.util.Optional;

import dev.migrate.dir.IntegrityReport;
import dev.migrate.dir.IntegrityVerifier;
import dev.migrate.dir.MigrationDirectory;
import dev.migrate.dir.MigrationFormat;
import dev.migrate.generate.DiffOptions;
import dev.migrate.generate.SchemaDiffSession;

/**
 * Remembers the last dev start that found the entities in sync with the source directory, as a fingerprint of
 * everything that outcome depends on: the entities (class files and Hibernate settings, see
 * {@code ApplicationEntities#fingerprint}) with the dev database's URL, the directory's {@code atlas.sum} total as its
 * files produce it, the diff options and format, and this library's build. When the next start has the same fingerprint it is
 * in sync again, known without building Hibernate's mapping or touching a database.
 */
final class InSyncStamp {

    private final DevNotes note;

    private final Path source;

    InSyncStamp(Path source) {
        this.note = new DevNotes("in-sync", source);
        this.source = source;
    }

    /** The fingerprint of this start; empty when the directory does not match its sum (the full diff says why). */
    Optional<String> fingerprint(String desired, DiffOptions options, MigrationFormat format) {
        IntegrityReport integrity = IntegrityVerifier.verify(MigrationDirectory.ofPath(this.source), true);
        if (!integrity.ok()) {
            return Optional.empty();
        }
        Package library = SchemaDiffSession.class.getPackage();
        return Optional.of(DevNotes.sha256(String.join("\n", "desired " + desired,
                "sum " + integrity.computed().orElseThrow().total(), "options " + options, "format " + format,
                "library " + library.getImplementationVersion() + " "
                        + SchemaDiffSession.class.getProtectionDomain().getCodeSource())));
    }

    boolean matches(String fingerprint) {
        return this.note.read().filter(fingerprint::equals).isPresent();
    }

    void record(String fingerprint) {
        this.note.write(fingerprint);
    }

}
