package dev.migrate.maven;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import dev.migrate.dir.IntegrityReport;
import dev.migrate.dir.IntegrityVerifier;
import dev.migrate.dir.MigrationDirectory;
import dev.migrate.dir.MigrationFile;
import dev.migrate.dir.MigrationSet;
import dev.migrate.git.BaseDirectory;
import dev.migrate.rebase.BranchMigrations;
import dev.migrate.rebase.NonLinearCheck;

/**
 * Fails the build when the directory does not match its {@code atlas.sum}, or when its files do not follow the
 * format (misnamed files, two files with one version). Reads only; never changes the directory.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, requiresProject = false,
        requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class ValidateMojo extends DirectoryMojo {

    /**
     * A git ref (such as {@code origin/main}) the branch will merge into: a file added since it whose version is not
     * newer than the newest migration there fails the build, naming both files.
     */
    @Parameter(property = "migrate.base")
    private String base;

    @Override
    protected void run() throws MojoFailureException {
        MigrationDirectory directory = MigrationDirectory.ofPath(dir().toPath());
        IntegrityReport report = IntegrityVerifier.verify(directory, true);
        if (!report.ok()) {
            throw new MojoFailureException(report.describe() + System.lineSeparator() + report.remedy()
                    + MergeConflictHint.of(directory, base));
        }
        if (base != null && !base.isBlank()) {
            BranchMigrations branch = BranchMigrations.of(directory, BaseDirectory.read(dir().toPath(), base),
                    format());
            NonLinearCheck.verify(branch);
            getLog().info(branch.added().upFiles().size() + " migration(s) added since " + base + " ("
                    + branch.base().commit() + "), all newer than "
                    + branch.newestAtBase().map(MigrationFile::name).orElse("the base's (it has none)"));
        }
        if (!report.leftovers().isEmpty()) {
            getLog().warn(report.describe());
        }
        MigrationSet set = MigrationSet.of(directory, format());
        getLog().info(directory.location() + ": " + set.files().size() + " " + format().id()
                + " migration file(s), atlas.sum matches" + set.latestVersion().map(v -> ", latest " + v).orElse(""));
    }

}
