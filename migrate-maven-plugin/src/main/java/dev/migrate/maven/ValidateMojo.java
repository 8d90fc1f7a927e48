package dev.migrate.maven;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

import dev.migrate.dir.IntegrityReport;
import dev.migrate.dir.IntegrityVerifier;
import dev.migrate.dir.MigrationDirectory;
import dev.migrate.dir.MigrationSet;

/**
 * Fails the build when the directory does not match its {@code atlas.sum}, or when its files do not follow the
 * format (misnamed files, two files with one version). Reads only; never changes the directory.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, requiresProject = false,
        requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class ValidateMojo extends DirectoryMojo {

    @Override
    protected void run() throws MojoFailureException {
        MigrationDirectory directory = MigrationDirectory.ofPath(dir().toPath());
        IntegrityReport report = IntegrityVerifier.verify(directory, true);
        if (!report.ok()) {
            throw new MojoFailureException(report.describe() + System.lineSeparator() + report.remedy());
        }
        MigrationSet set = MigrationSet.of(directory, format());
        getLog().info(directory.location() + ": " + set.files().size() + " " + format().id()
                + " migration file(s), atlas.sum matches" + set.latestVersion().map(v -> ", latest " + v).orElse(""));
    }

}
