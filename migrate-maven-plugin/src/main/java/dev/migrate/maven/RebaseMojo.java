package dev.migrate.maven;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import dev.migrate.dir.FileRewrite;
import dev.migrate.git.BaseDirectory;
import dev.migrate.history.AppliedMigration;
import dev.migrate.history.ExecutorHistory;
import dev.migrate.rebase.RebaseResult;
import dev.migrate.rebase.Rebaser;

/**
 * Gives the migrations this branch added versions after the newest migration of the base, keeping their order and
 * names, rewrites Liquibase changeset ids that carry the version, and re-hashes {@code atlas.sum}, also when a merge
 * left it with conflict markers. Refuses files the dev database already applied.
 */
@Mojo(name = "rebase", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class RebaseMojo extends DevDatabaseMojo {

    /** The git ref the branch merges into, such as {@code origin/main}. */
    @Parameter(property = "migrate.base", required = true)
    private String base;

    @Override
    protected void run() throws MojoFailureException {
        BaseDirectory baseDirectory = BaseDirectory.read(dir().toPath(), base);
        RebaseResult result = new Rebaser(dir().toPath(), format(), Clock.systemUTC()).rebase(baseDirectory,
                appliedInDev());
        if (!result.changedAnything()) {
            getLog().info("Nothing to rebase: the migrations added since " + base + " already come after its newest, "
                    + "and atlas.sum matches.");
            return;
        }
        for (FileRewrite renamed : result.renamed()) {
            getLog().info("Renamed " + renamed.from() + " to " + renamed.to());
        }
        if (result.resolvedConflict()) {
            getLog().info("Resolved the merge conflict in atlas.sum: it was rewritten from the files.");
        }
        getLog().info("Wrote " + dir().toPath().resolve("atlas.sum") + " covering "
                + result.sum().orElseThrow().entries().size() + " migration file(s); check with ./mvnw migrate:validate "
                + "-Dmigrate.base=" + base + " and commit.");
    }

    private Set<String> appliedInDev() throws MojoFailureException {
        Optional<ExecutorHistory> history = ExecutorHistories.of(format(), application());
        Optional<DevDatabaseSettings> settings = findDevDatabase();
        if (history.isEmpty() || settings.isEmpty()) {
            getLog().info("No dev database or executor history to check for applied files ("
                    + (history.isEmpty() ? "format " + format().id() + " has no executor history" : "none configured")
                    + ").");
            return Set.of();
        }
        DevDatabaseSettings database = settings.get();
        try (Connection connection = DevDataSources.forUrl(database.url(), database.user(), database.password())
            .getConnection()) {
            Set<String> applied = new HashSet<>();
            for (AppliedMigration row : history.get().read(connection, 10)) {
                applied.add(row.file());
            }
            getLog().info("Checked " + history.get().executor() + "'s history on the dev database (" + database.origin()
                    + "): " + applied.size() + " applied file(s)");
            return applied;
        }
        catch (SQLException ex) {
            throw new MojoFailureException("Cannot read which migrations the dev database (" + database.url()
                    + ") applied: " + ex.getMessage() + ". Start it, or point -Dmigrate.devUrl at a reachable one; "
                    + "the rebase changed nothing.", ex);
        }
    }

}
