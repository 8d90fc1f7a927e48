package dev.migrate.lint;

import java.util.List;

import dev.migrate.dir.MigrationDirectory;
import dev.migrate.dir.MigrationFile;
import dev.migrate.dir.MigrationFormat;
import dev.migrate.dir.MigrationSet;
import dev.migrate.git.BaseDirectory;
import dev.migrate.rebase.BranchMigrations;

/** Which files to lint: those added since a git base, or the newest N. */
public final class LintSelection {

    private LintSelection() {
    }

    /** The up files the working tree has and the base does not. */
    public static List<String> addedSince(MigrationDirectory directory, BaseDirectory base, MigrationFormat format) {
        return BranchMigrations.of(directory, base, format).added().upFiles().stream().map(MigrationFile::name)
            .toList();
    }

    /** The newest {@code count} up files, in version order. */
    public static List<String> latest(MigrationDirectory directory, MigrationFormat format, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("migrate.latest must be at least 1, not " + count + ".");
        }
        List<MigrationFile> up = MigrationSet.of(directory, format).upFiles();
        return up.subList(Math.max(0, up.size() - count), up.size()).stream().map(MigrationFile::name).toList();
    }

}
