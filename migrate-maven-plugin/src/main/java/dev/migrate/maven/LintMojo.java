package dev.migrate.maven;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import dev.migrate.devdb.DevDatabase;
import dev.migrate.dir.MigrationDirectory;
import dev.migrate.git.BaseDirectory;
import dev.migrate.lint.LintFinding;
import dev.migrate.lint.LintOutput;
import dev.migrate.lint.LintPolicy;
import dev.migrate.lint.LintReport;
import dev.migrate.lint.LintSelection;
import dev.migrate.lint.Linter;
import dev.migrate.lint.Severity;

/**
 * Lints the migrations added since a git base ({@code -Dmigrate.base=origin/main}) or the newest N
 * ({@code -Dmigrate.latest=N}) by running them on the dev database: what each statement changes, classified by the
 * same risk codes a generated migration carries. Fails the build on errors.
 */
@Mojo(name = "lint", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class LintMojo extends DevDatabaseMojo {

    /** Lint the files added since this git ref, such as {@code origin/main}. */
    @Parameter(property = "migrate.base")
    private String base;

    /** Lint the newest N files (when no base is given). */
    @Parameter(property = "migrate.latest")
    private Integer latest;

    /** {@code text} ({@code file:line: CODE: message}), {@code json}, or {@code github} (Actions annotations). */
    @Parameter(property = "migrate.lint.format", defaultValue = "text")
    private String lintFormat;

    /** Also write the report to this file (in the chosen format). */
    @Parameter(property = "migrate.lint.output")
    private File output;

    /**
     * The findings that fail the build: codes ({@code MF101}) or classes ({@code destructive}, {@code data_dependent},
     * {@code backward_incompatible}, {@code constraint_deletion}, {@code concurrent_index}), {@code all} or
     * {@code none}.
     */
    @Parameter(property = "migrate.lint.errors", defaultValue = LintPolicy.DEFAULT_ERRORS)
    private String errors;

    @Override
    protected void run() throws MojoFailureException {
        LintOutput out = outputFormat();
        MigrationDirectory directory = MigrationDirectory.ofPath(dir().toPath());
        List<String> files = selection(directory);
        if (files.isEmpty()) {
            getLog().info("No migration to lint: none was added since " + base + ".");
            return;
        }
        DevDatabaseSettings database = devDatabase();
        LintReport report;
        try (DevDatabase dev = DevDatabase.connect(DevDataSources.forUrl(database.url(), database.user(),
                database.password()))) {
            getLog().info("Linting " + files.size() + " file(s) on the dev database (" + database.origin() + "): "
                    + String.join(", ", files));
            report = new Linter(dev, LintPolicy.parse(errors)).lint(directory, format(), files);
        }
        print(out, report);
        if (!report.errors().isEmpty()) {
            throw new MojoFailureException("migrate:lint found " + report.errors().size() + " error(s) in "
                    + dir() + ". Fix the migration, or, if the change is intended, add -- atlas:nolint "
                    + report.errors().get(0).code() + " above its statement (errors are: " + errors
                    + "; set -Dmigrate.lint.errors to change them).");
        }
    }

    private LintOutput outputFormat() throws MojoFailureException {
        try {
            return LintOutput.named(lintFormat);
        }
        catch (IllegalArgumentException ex) {
            throw new MojoFailureException(ex.getMessage(), ex);
        }
    }

    private List<String> selection(MigrationDirectory directory) throws MojoFailureException {
        if (base != null && !base.isBlank()) {
            return LintSelection.addedSince(directory, BaseDirectory.read(dir().toPath(), base), format());
        }
        if (latest != null) {
            try {
                return LintSelection.latest(directory, format(), latest);
            }
            catch (IllegalArgumentException ex) {
                throw new MojoFailureException(ex.getMessage(), ex);
            }
        }
        throw new MojoFailureException("Which migrations should migrate:lint check? Pass -Dmigrate.base=origin/main "
                + "(the files added since that git ref) or -Dmigrate.latest=1 (the newest file).");
    }

    private void print(LintOutput out, LintReport report) throws MojoFailureException {
        List<String> lines = out.render(report, repositoryPaths());
        if (out == LintOutput.TEXT) {
            for (int index = 0; index < report.findings().size(); index++) {
                LintFinding finding = report.findings().get(index);
                if (finding.severity() == Severity.ERROR) {
                    getLog().error(lines.get(index));
                }
                else {
                    getLog().warn(lines.get(index));
                }
            }
            getLog().info(lines.get(lines.size() - 1));
        }
        else {
            // Workflow commands and JSON must start their line: no log prefix.
            PrintStream stdout = System.out;
            lines.forEach(stdout::println);
            stdout.flush();
        }
        if (output != null) {
            try {
                Path parent = output.toPath().toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                Files.write(output.toPath(), lines, StandardCharsets.UTF_8);
            }
            catch (IOException ex) {
                throw new MojoFailureException("Cannot write the lint report to " + output + ": " + ex.getMessage(), ex);
            }
        }
    }

    /** Paths relative to the project folder, as editors and GitHub (run from the repository root) show them. */
    private UnaryOperator<String> repositoryPaths() {
        Path root = basedir().toAbsolutePath().normalize();
        Path folder = dir().toPath().toAbsolutePath().normalize();
        Path relative = folder.startsWith(root) ? root.relativize(folder) : folder;
        return file -> relative.resolve(file).toString().replace('\\', '/');
    }

}
