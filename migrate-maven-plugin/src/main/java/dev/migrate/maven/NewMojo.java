package dev.migrate.maven;

import java.nio.file.Path;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.plugins.annotations.Parameter;

import dev.migrate.dir.MigrationWriter;
import dev.migrate.dir.NewMigration;
import dev.migrate.dir.WrittenMigration;

/** Adds an empty migration in the directory's format, with the next version, and updates {@code atlas.sum}. */
@Mojo(name = "new", requiresProject = false,
        requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class NewMojo extends DirectoryMojo {

    /** Name of the migration, e.g. {@code add_email_to_users}. */
    @Parameter(property = "migrate.name")
    private String name;

    @Override
    protected void run() throws MojoFailureException {
        if (name == null || name.isBlank()) {
            throw new MojoFailureException("No migration name given. Run, for example: ./mvnw migrate:new "
                    + "-Dmigrate.name=add_email_to_users");
        }
        WrittenMigration written = new MigrationWriter(dir().toPath()).add(format(), NewMigration.empty(name));
        for (Path file : written.files()) {
            getLog().info("Created " + file);
        }
        getLog().info("Updated " + dir().toPath().resolve("atlas.sum"));
    }

}
