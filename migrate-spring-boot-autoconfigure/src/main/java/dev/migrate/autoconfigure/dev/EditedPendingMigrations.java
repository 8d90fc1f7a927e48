package dev.migrate.autoconfigure.dev;

import java.io.IOException;
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
            RuntimeDirectory.path(this.runtime, this.classLoader).ifPresent((folder) -> copy(folder, names));
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

    private void copy(Path folder, Set<String> names) {
        try {
            RuntimeDirectory.copy(this.source, folder, names);
        }
        catch (IOException ex) {
            throw new IllegalStateException("cannot copy it into " + folder + ": " + ex.getMessage(), ex);
        }
    }

    private static boolean onlyEditsOf(Set<String> names, List<IntegrityProblem> problems) {
        return problems.stream().allMatch((problem) -> problem.file() != null && names.contains(problem.file())
                && (problem.kind() == ProblemKind.EDITED || problem.kind() == ProblemKind.REMOVED));
    }

}
