package dev.migrate.autoconfigure.ci;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

import javax.sql.DataSource;

import dev.migrate.MigrateException;
import dev.migrate.autoconfigure.MigrateProperties;
import dev.migrate.autoconfigure.database.AppliedMigrationsReader;
import dev.migrate.autoconfigure.dev.DevDatabases;
import dev.migrate.devdb.DevDatabase;
import dev.migrate.dir.FileRewrite;
import dev.migrate.dir.MigrationDirectory;
import dev.migrate.dir.MigrationDirectoryException;
import dev.migrate.dir.MigrationFormat;
import dev.migrate.git.BaseDirectory;
import dev.migrate.history.AppliedMigration;
import dev.migrate.history.ExecutorHistory;
import dev.migrate.lint.LintOutput;
import dev.migrate.lint.LintPolicy;
import dev.migrate.lint.LintReport;
import dev.migrate.lint.LintSelection;
import dev.migrate.lint.Linter;
import dev.migrate.rebase.RebaseResult;
import dev.migrate.rebase.Rebaser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Runs {@code --migrate.lint} or {@code --migrate.rebase} once the application is ready, on the migration folder in
 * version control ({@code migrate.dev.source-dir}), and exits: 0 when lint found no error or the rebase succeeded (or
 * had nothing to do), 1 otherwise, with the reason logged.
 */
public class CiCommandRunner implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger logger = LoggerFactory.getLogger(CiCommandRunner.class);

    private final Environment environment;

    private final MigrateProperties.Dev dev;

    private final MigrationFormat format;

    private final Supplier<DataSource> dataSource;

    private final Supplier<AppliedMigrationsReader> history;

    private final IntConsumer exit;

    public CiCommandRunner(Environment environment, MigrateProperties.Dev dev, MigrationFormat format,
            Supplier<DataSource> dataSource, Supplier<AppliedMigrationsReader> history, IntConsumer exit) {
        this.environment = environment;
        this.dev = dev;
        this.format = format;
        this.dataSource = dataSource;
        this.history = history;
        this.exit = exit;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        int code;
        try {
            code = CiCommand.LINT.equals(CiCommand.requested(this.environment).orElse("")) ? lint() : rebase();
        }
        catch (MigrateException ex) {
            logger.error("{}", ex.describe());
            code = 1;
        }
        catch (NoClassDefFoundError ex) {
            logger.error("A git base needs JGit on the application's class path: add org.eclipse.jgit:org.eclipse.jgit "
                    + "(for example as a developmentOnly dependency), or lint the newest files with "
                    + "--migrate.lint.latest=N instead ({})", ex.getMessage());
            code = 1;
        }
        catch (RuntimeException ex) {
            logger.error("{} failed: {}", CiCommand.requested(this.environment).orElse("migrate"), ex.getMessage());
            code = 1;
        }
        int result = code;
        this.exit.accept(SpringApplication.exit(event.getApplicationContext(), () -> result));
    }

    private int lint() {
        Path source = sourceDirectory();
        MigrationDirectory directory = MigrationDirectory.ofPath(source);
        String base = this.environment.getProperty(CiCommand.LINT, "").strip();
        List<String> files = base.isEmpty()
                ? LintSelection.latest(directory, this.format,
                        this.environment.getProperty("migrate.lint.latest", Integer.class, 1))
                : LintSelection.addedSince(directory, BaseDirectory.read(source, base), this.format);
        if (files.isEmpty()) {
            logger.info("No migration to lint: none was added since {}", base);
            return 0;
        }
        LintPolicy policy = LintPolicy.parse(this.environment.getProperty("migrate.lint.errors"));
        LintOutput output = LintOutput.named(this.environment.getProperty("migrate.lint.format", "text"));
        LintReport report;
        try (DevDatabase database = DevDatabase.connect(DevDatabases.resolve(this.dev, this.dataSource))) {
            report = new Linter(database, policy).lint(directory, this.format, files);
        }
        Path root = Path.of("").toAbsolutePath();
        output.render(report, (file) -> relative(root, source.resolve(file))).forEach(System.out::println);
        return report.errors().isEmpty() ? 0 : 1;
    }

    private int rebase() {
        Path source = sourceDirectory();
        String base = this.environment.getProperty(CiCommand.REBASE, "").strip();
        if (base.isEmpty()) {
            throw new MigrationDirectoryException("--migrate.rebase needs the git base to rebase onto.",
                    "Run with --migrate.rebase=origin/main (the branch this one merges into).");
        }
        RebaseResult result = new Rebaser(source, this.format, Clock.systemUTC()).rebase(BaseDirectory.read(source, base),
                appliedInDev());
        if (!result.changedAnything()) {
            logger.info("Nothing to rebase: the migrations added since {} already come after its newest", base);
        }
        for (FileRewrite renamed : result.renamed()) {
            logger.info("Renamed {} to {}", renamed.from(), renamed.to());
        }
        if (result.resolvedConflict()) {
            logger.info("Resolved the merge conflict in atlas.sum: it was rewritten from the files");
        }
        return 0;
    }

    private Set<String> appliedInDev() {
        AppliedMigrationsReader reader = this.history.get();
        ExecutorHistory history = (reader != null) ? reader.history().orElse(null) : null;
        if (history == null) {
            return Set.of();
        }
        try (DevDatabase database = DevDatabase.connect(DevDatabases.resolve(this.dev, this.dataSource))) {
            Set<String> applied = new HashSet<>();
            for (AppliedMigration row : history.read(database.connection(), 10)) {
                applied.add(row.file());
            }
            return applied;
        }
        catch (java.sql.SQLException ex) {
            throw new MigrationDirectoryException("Cannot read which migrations the dev database applied: "
                    + ex.getMessage(), "Start the dev database, or point migrate.dev.url at a reachable one.", ex);
        }
    }

    private Path sourceDirectory() {
        Path source = Path.of(this.dev.getSourceDir()).toAbsolutePath().normalize();
        if (!Files.isDirectory(source)) {
            throw new MigrationDirectoryException("The migration folder " + source + " (migrate.dev.source-dir) does "
                    + "not exist.", "Run the command from the project folder, or set migrate.dev.source-dir.");
        }
        return source;
    }

    private static String relative(Path root, Path file) {
        return (file.startsWith(root) ? root.relativize(file) : file).toString().replace('\\', '/');
    }

}
