package dev.migrate.rebase;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.migrate.dir.MigrationDirectory;
import dev.migrate.dir.MigrationFile;
import dev.migrate.dir.MigrationFormat;
import dev.migrate.dir.MigrationSet;
import dev.migrate.dir.UncheckedReads;
import dev.migrate.git.BaseDirectory;

/**
 * A directory split against its git base: the files the base has, and the files this branch added (in the working
 * tree, not at the base). Each side is read as a set of its own, so two branches that chose the same version do not
 * stop the split.
 *
 * @param base the directory at the base
 * @param atBase the base's migrations
 * @param added the migrations only the working tree has, in version order
 */
public record BranchMigrations(BaseDirectory base, MigrationSet atBase, MigrationSet added) {

    public static BranchMigrations of(MigrationDirectory working, BaseDirectory base, MigrationFormat format) {
        Set<String> baseNames = Set.copyOf(base.sqlFileNames());
        List<String> addedNames = UncheckedReads.sqlFileNames(working).stream()
            .filter(name -> !baseNames.contains(name))
            .toList();
        return new BranchMigrations(base, MigrationSet.of(base, format),
                MigrationSet.of(working.location() + " (added since " + base.ref() + ")", addedNames, format));
    }

    /** The newest migration the base has, if any. */
    public Optional<MigrationFile> newestAtBase() {
        List<MigrationFile> up = atBase.upFiles();
        return up.isEmpty() ? Optional.empty() : Optional.of(up.get(up.size() - 1));
    }

    /** The added up files whose version is not after the base's newest: they would run out of order. */
    List<MigrationFile> olderThanBase() {
        return newestAtBase().map(newest -> added.upFiles().stream()
            .filter(file -> file.parsedVersion().compareTo(newest.parsedVersion()) <= 0)
            .toList()).orElse(List.of());
    }

}
