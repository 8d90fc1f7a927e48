package dev.migrate.maven;

import java.io.File;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

import dev.migrate.dir.MigrationDirectoryException;
import dev.migrate.dir.MigrationFormat;

/** What every goal shares: the migration directory, its format, and turning directory errors into build failures. */
abstract class DirectoryMojo extends AbstractMojo {

    /** The migration directory. */
    @Parameter(property = "migrate.dir", defaultValue = "${project.basedir}/src/main/resources/db/migrations")
    private File dir;

    /** File naming of the directory: atlas, golang-migrate, flyway or liquibase. */
    @Parameter(property = "migrate.format", defaultValue = "atlas")
    private String format;

    /** Skips the goal. */
    @Parameter(property = "migrate.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping (migrate.skip=true)");
            return;
        }
        try {
            run();
        }
        catch (MigrationDirectoryException ex) {
            throw new MojoFailureException(ex.describe(), ex);
        }
    }

    protected abstract void run() throws MojoFailureException;

    protected File dir() {
        return dir;
    }

    protected MigrationFormat format() {
        return MigrationFormat.fromId(format);
    }

}
