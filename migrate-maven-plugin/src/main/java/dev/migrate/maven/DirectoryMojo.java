package dev.migrate.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import dev.migrate.MigrateException;
import dev.migrate.dir.MigrationFormat;
import dev.migrate.maven.config.ApplicationDirectory;
import dev.migrate.maven.config.ApplicationExecutor;
import dev.migrate.maven.config.ApplicationSettings;

/**
 * What every goal shares: the migration directory and its format, which follow the application's own configuration
 * unless given, and turning directory errors into build failures.
 */
abstract class DirectoryMojo extends AbstractMojo {

    /**
     * The migration directory; by default the source folder of the application's {@code migrate.dir}
     * ({@code classpath:db/migrations} is {@code src/main/resources/db/migrations}).
     */
    @Parameter(property = "migrate.dir")
    private File dir;

    /**
     * File naming of the directory: atlas, golang-migrate, flyway or liquibase; by default the application's
     * {@code migrate.format}, else the executor on the project's class path (Liquibase, then Flyway), else atlas.
     */
    @Parameter(property = "migrate.format")
    private String format;

    /** Profiles whose {@code application-<profile>} settings apply, comma separated on the command line. */
    @Parameter(property = "migrate.profiles")
    private List<String> profiles;

    /** Skips the goal. */
    @Parameter(property = "migrate.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true)
    private MavenProject project;

    private ApplicationSettings application;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping (migrate.skip=true)");
            return;
        }
        try {
            run();
        }
        catch (MigrateException ex) {
            throw new MojoFailureException(ex.describe(), ex);
        }
    }

    protected abstract void run() throws MojoFailureException;

    protected File dir() {
        if (dir == null) {
            String location = application().get("migrate.dir").orElse(ApplicationDirectory.DEFAULT_LOCATION);
            dir = ApplicationDirectory.sourceFolder(basedir(), location).toFile();
            getLog().debug("Migration directory " + dir + " (migrate.dir=" + location + ")");
        }
        return dir;
    }

    protected MigrationFormat format() {
        if (format == null) {
            Optional<String> configured = application().get("migrate.format");
            MigrationFormat resolved = ApplicationExecutor.format(configured, dependencyArtifactIds());
            format = resolved.id();
            getLog().debug("Format " + format + configured.map((value) -> " (migrate.format)")
                .orElse(" (the executor on the class path)"));
        }
        return MigrationFormat.fromId(format);
    }

    /** The application's configuration, loaded once, as Spring Boot loads it. */
    protected ApplicationSettings application() {
        if (application == null) {
            application = ApplicationSettings.load(basedir(), profiles == null ? List.of() : profiles);
        }
        return application;
    }

    protected MavenProject project() {
        return project;
    }

    protected Path basedir() {
        return (project != null && project.getBasedir() != null) ? project.getBasedir().toPath()
                : Path.of("").toAbsolutePath();
    }

    private Set<String> dependencyArtifactIds() {
        if (project == null || project.getArtifacts() == null) {
            return Set.of();
        }
        return project.getArtifacts().stream().map(Artifact::getArtifactId).collect(Collectors.toSet());
    }

}
