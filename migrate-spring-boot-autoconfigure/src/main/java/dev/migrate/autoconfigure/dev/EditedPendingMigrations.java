package dev.migrate.autoconfigure.dev;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import dev.migrate.autoconfigure.directory.MigrationDirectorySnapshot;
import dev.migrate.autoconfigure.integrity.DirectoryPreparation;
import dev.migrate.dir.IntegrityProblem;
import dev.migrate.dir.IntegrityReport;
import dev.migrate.dir.IntegrityVerifier;
import dev.migrate.dir.MigrationDirectory;
import dev.migrate.dir.MigrationWriter;
import dev.migrate.dir.ProblemKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-hashes, before the integrity gate runs, a migration that a {@code dev} start generated and stopped for review
 * ({@link PendingReviews}) and that a person then edited (or deleted): the edit the stop asked for must not trip the
 * gate. Only then: when the directory's only mismatches are those files, and the executor has applied none of them. An
 * applied file is never re-hashed, and a file applied since is no longer pending.
 */
final class EditedPendingMigrations implements DirectoryPreparation {

    private static final Logger logger = LoggerFactory.getLogger(EditedPendingMigrations.class);

    private final Path source;

    private final MigrationDirectorySnapshot runtime;

    private final ClassLoader classLoader;

    private final Supplier<Set<String>> applied;

    /**
     * @param applied the file names the executor has applied; throws when that cannot be known, and nothing is
     * re-hashed then
     */
    EditedPendingMigrations(Path source, MigrationDirectorySnapshot runtime, ClassLoader classLoader,
            Supplier<Set<String>> applied) {
        this.source = source;
        this.runtime = runtime;
        this.classLoader = classLoader;
        this.applied = applied;
    }

    @Override
    public void prepare() {
        PendingReviews pending = new PendingReviews(this.source);
        Set<String> names = new HashSet<>(pending.files());
        if (names.isEmpty() || !Files.isDirectory(this.source)) {
            return;
        }
        Set<String> appliedNames;
        try {
            appliedNames = this.applied.get();
        }
        catch (RuntimeException ex) {
            logger.debug("Cannot tell which migrations are applied; not re-hashing {}", names, ex);
            return;
        }
        List<String> appliedSince = names.stream().filter(appliedNames::contains).toList();
        pending.remove(appliedSince);
        names.removeAll(appliedSince);
        IntegrityReport report = IntegrityVerifier.verify(MigrationDirectory.ofPath(this.source), true);
        if (names.isEmpty() || !report.ok() && !onlyEditsOf(names, report.problems())) {
            return;
        }
        List<String> edited = report.problems().stream().map(IntegrityProblem::file).toList();
        try {
            if (!edited.isEmpty()) {
                new MigrationWriter(this.source).rehash();
            }
            // The stop did not copy the file into the runtime directory; an IDE restart may not copy it either.
            RuntimeMigrationFolder.locate(this.runtime.location(), this.classLoader)
                .filter((folder) -> !RuntimeMigrationFolder.isSame(folder, this.source))
                .ifPresent((folder) -> RuntimeMigrationFolder.syncFrom(this.source, folder));
        }
        catch (RuntimeException ex) {
            logger.warn("Cannot prepare the migration {} that awaited review: {}", names, ex.getMessage());
            return;
        }
        this.runtime.refresh();
        if (!edited.isEmpty()) {
            logger.info("Re-hashed atlas.sum for {}: edited after it was generated and before it was applied",
                    edited);
        }
    }

    /**
     * Whether a source directory's only mismatches are edits (or removals) of generated migrations awaiting review:
     * the check in {@code dev} that runs before beans exist leaves them to this preparation, which knows whether they
     * were applied.
     */
    static boolean onlyPendingEdits(Path source, List<IntegrityProblem> problems) {
        Set<String> names = new PendingReviews(source).files();
        return !names.isEmpty() && onlyEditsOf(names, problems);
    }

    private static boolean onlyEditsOf(Set<String> names, List<IntegrityProblem> problems) {
        return problems.stream().allMatch((problem) -> problem.file() != null && names.contains(problem.file())
                && (problem.kind() == ProblemKind.EDITED || problem.kind() == ProblemKind.REMOVED));
    }

}
