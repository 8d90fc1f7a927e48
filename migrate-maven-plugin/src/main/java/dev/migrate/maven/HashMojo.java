package dev.migrate.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

import dev.migrate.dir.MigrationDirectory;
import dev.migrate.dir.MigrationSet;
import dev.migrate.dir.MigrationWriter;
import dev.migrate.dir.SumFile;

/**
 * Rewrites {@code atlas.sum} from the files as they are: run it after an edit you meant to make.
 */
@Mojo(name = "hash", requiresProject = false,
        requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class HashMojo extends DirectoryMojo {

    @Override
    protected void run() {
        // Names the format rejects and two files with one version are refused before anything is written.
        MigrationSet.of(MigrationDirectory.ofPath(dir().toPath()), format());
        SumFile sum = new MigrationWriter(dir().toPath()).rehash();
        getLog().info("Wrote " + dir().toPath().resolve("atlas.sum") + " covering " + sum.entries().size()
                + " migration file(s)");
    }

}
