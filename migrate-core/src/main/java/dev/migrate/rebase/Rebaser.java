package dev.migrate.rebase;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import dev.migrate.dir.FileRewrite;
import dev.migrate.dir.IntegrityReport;
import dev.migrate.dir.IntegrityVerifier;
import dev.migrate.dir.MigrationDirectory;
import dev.migrate.dir.MigrationDirectoryException;
import dev.migrate.dir.MigrationFile;
import dev.migrate.dir.MigrationFormat;
import dev.migrate.dir.MigrationWriter;
import dev.migrate.dir.UncheckedReads;
import dev.migrate.git.BaseDirectory;

/**
 * Makes a branch's migrations linear again after its base moved on: when an added file is not newer than the base's
 * newest, every added version gets a fresh one after it (in the same order; names, descriptions and reverse files
 * kept), Liquibase changeset ids that carry the version follow, and {@code atlas.sum} is rewritten from the files. An
 * {@code atlas.sum} with merge conflict markers is rewritten too: the sum is derived from the files, so once they are
 * linear it can be computed again.
 *
 * <p>It refuses (changing nothing) when a file of the base was edited on the branch, when the sum does not match the
 * files for a reason other than a merge conflict, or when a file it would rename was already applied where it can see
 * (the dev database): an applied file keeps its version.
 */
public final class Rebaser {

    private final Path directory;
    private final MigrationFormat format;
    private final Clock clock;

    public Rebaser(Path directory, MigrationFormat format, Clock clock) {
        this.directory = directory;
        this.format = format;
        this.clock = clock;
    }

    /**
     * @param appliedInDev names of files the dev database has applied (empty when there is none to ask)
     */
    public RebaseResult rebase(BaseDirectory base, Set<String> appliedInDev) {
        MigrationDirectory working = MigrationDirectory.ofPath(directory);
        requireBaseFilesUnchanged(working, base);
        BranchMigrations branch = BranchMigrations.of(working, base, format);
        boolean conflicted = sumHasConflictMarkers(working);
        if (!conflicted) {
            requireIntact(working);
        }
        if (branch.olderThanBase().isEmpty()) {
            return new RebaseResult(List.of(), conflicted,
                    conflicted ? Optional.of(new MigrationWriter(directory, clock).rehash()) : Optional.empty());
        }
        List<FileRewrite> rewrites = rewrites(working, branch, appliedInDev);
        return new RebaseResult(rewrites, conflicted, Optional.of(new MigrationWriter(directory, clock)
            .rewrite(rewrites)));
    }

    private List<FileRewrite> rewrites(MigrationDirectory working, BranchMigrations branch, Set<String> applied) {
        List<String> appliedHere = branch.added().files().stream().map(MigrationFile::name).filter(applied::contains)
            .toList();
        if (!appliedHere.isEmpty()) {
            throw new MigrationDirectoryException(String.join(", ", appliedHere) + " already ran on the dev database, "
                    + "so " + (appliedHere.size() == 1 ? "its" : "their") + " version cannot change: the database "
                    + "would run the renamed file a second time.",
                    "Leave applied files as they are: roll them back on the dev database (or recreate it) first, or "
                            + "write a new migration instead of rebasing.");
        }
        FreshVersions fresh = new FreshVersions(branch.newestAtBase().map(MigrationFile::version), clock);
        Map<String, String> newVersions = new LinkedHashMap<>();
        for (MigrationFile file : branch.added().upFiles()) {
            newVersions.put(file.parsedVersion().canonical(), fresh.next());
        }
        List<FileRewrite> rewrites = new ArrayList<>();
        for (MigrationFile file : branch.added().files()) {
            String newVersion = newVersions.get(file.parsedVersion().canonical());
            if (newVersion == null) {
                throw new MigrationDirectoryException(file.name() + " is a reverse file without its migration in "
                        + working.location() + ".", "Add the migration it reverses, or remove it.");
            }
            byte[] content = UncheckedReads.read(working, file.name());
            rewrites.add(new FileRewrite(file.name(), renamed(file, newVersion), rewritten(content, file, newVersion)));
        }
        return rewrites;
    }

    private static String renamed(MigrationFile file, String newVersion) {
        return file.name().replaceFirst("^([VU]?)" + Pattern.quote(file.version()), "$1" + newVersion);
    }

    private byte[] rewritten(byte[] content, MigrationFile file, String newVersion) {
        if (format != MigrationFormat.LIQUIBASE) {
            return content; // Flyway, golang-migrate and Atlas carry the version in the file name alone
        }
        String text = new String(content, StandardCharsets.UTF_8);
        return ChangesetIds.rewrite(text, file.version(), newVersion).getBytes(StandardCharsets.UTF_8);
    }

    private static void requireBaseFilesUnchanged(MigrationDirectory working, BaseDirectory base) {
        List<String> present = UncheckedReads.sqlFileNames(working);
        for (String name : base.sqlFileNames()) {
            if (present.contains(name) && !base.holdsUnchanged(name, UncheckedReads.read(working, name))) {
                throw new MigrationDirectoryException(name + " differs from the file at " + base.ref() + " ("
                        + base.commit() + "): a rebase only renames the branch's own files, and a migration the base "
                        + "has must stay as it is there.",
                        "Restore it (git checkout " + base.ref() + " -- <path to " + name + ">), and put the change "
                                + "into a new migration.");
            }
        }
    }

    private static boolean sumHasConflictMarkers(MigrationDirectory working) {
        try {
            return working.readSumFile().map(ConflictMarkers::in).orElse(false);
        }
        catch (IOException ex) {
            throw new MigrationDirectoryException("Cannot read atlas.sum in " + working.location() + ": "
                    + ex.getMessage(), "Check the file's permissions (it must be readable by this user).", ex);
        }
    }

    private static void requireIntact(MigrationDirectory working) {
        IntegrityReport report = IntegrityVerifier.verify(working, true);
        if (!report.ok()) {
            throw new MigrationDirectoryException(report.describe() + System.lineSeparator()
                    + "atlas.sum holds no merge conflict, so the rebase does not overwrite it.", report.remedy());
        }
    }

}
