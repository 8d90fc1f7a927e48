package dev.migrate.lint;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.migrate.devdb.DevDatabase;
import dev.migrate.script.MigrationScripts;
import dev.migrate.script.MigrationStatement;
import dev.migrate.devdb.ScratchSchema;
import dev.migrate.dialect.Dialect;
import dev.migrate.dir.MigrationDirectory;
import dev.migrate.dir.MigrationDirectoryException;
import dev.migrate.dir.MigrationFile;
import dev.migrate.dir.MigrationFormat;
import dev.migrate.dir.MigrationSet;
import dev.migrate.dir.UncheckedReads;
import dev.migrate.schema.InspectOptions;
import dev.migrate.schema.Schema;

/**
 * Lints files of a directory on the dev database. One scratch schema receives the directory in the executor's order:
 * files before the linted ones run as they are; each linted file runs statement by statement, the schema inspected
 * before and after each, so every typed change is known together with the statement (and line) that made it,
 * whatever SQL the file was written in. The scratch schema is dropped at the end; nothing else is touched.
 */
public final class Linter {

    private static final Logger log = LoggerFactory.getLogger(Linter.class);

    private final DevDatabase dev;
    private final LintPolicy policy;

    public Linter(DevDatabase dev, LintPolicy policy) {
        this.dev = dev;
        this.policy = policy;
    }

    /**
     * @param selected names of the up files to lint; the others only run, to build the schema they start from
     * @throws MigrationDirectoryException when a file before the linted ones fails on the dev database
     */
    public LintReport lint(MigrationDirectory directory, MigrationFormat format, Collection<String> selected) {
        Set<String> wanted = Set.copyOf(selected);
        List<MigrationFile> order = MigrationSet.of(directory, format).upFilesInExecutionOrder();
        int last = -1;
        for (int index = 0; index < order.size(); index++) {
            if (wanted.contains(order.get(index).name())) {
                last = index;
            }
        }
        List<MigrationFile> toRun = order.subList(0, last + 1);
        try (ScratchSchema scratch = dev.createScratchSchema()) {
            return dev.inSchema(scratch.name(), connection -> run(connection, scratch.name(), directory, format,
                    toRun, wanted));
        }
    }

    private LintReport run(Connection connection, String schema, MigrationDirectory directory,
            MigrationFormat format, List<MigrationFile> files, Set<String> wanted) throws SQLException {
        Dialect dialect = dev.dialect();
        FileLinter fileLinter = new FileLinter(dialect, policy);
        List<String> linted = new ArrayList<>();
        List<LintFinding> findings = new ArrayList<>();
        for (MigrationFile file : files) {
            String text = new String(UncheckedReads.read(directory, file.name()), StandardCharsets.UTF_8);
            dialect.devSchemas().useSchema(connection, schema); // as executors do, each file starts in the schema
            List<MigrationStatement> statements = MigrationScripts.statements(format, file.name(), text, schema,
                    dialect.devSchemas().liquibaseName());
            if (!wanted.contains(file.name())) {
                runAsIs(connection, directory, statements);
                continue;
            }
            linted.add(file.name());
            FileRun run = runInspected(connection, dialect, schema, statements);
            findings.addAll(fileLinter.findings(file.name(), text, run.steps()));
            if (run.failure() != null) {
                findings.add(run.failure());
                log.info("Stopped linting at {}: it fails on the dev database", file.name());
                break; // later files build on this one
            }
        }
        return new LintReport(directory.location(), linted, findings);
    }

    private static void runAsIs(Connection connection, MigrationDirectory directory,
            List<MigrationStatement> statements) {
        for (MigrationStatement statement : statements) {
            try (Statement jdbc = connection.createStatement()) {
                jdbc.execute(statement.sql());
            }
            catch (SQLException ex) {
                throw new MigrationDirectoryException(statement.location() + " of " + directory.location()
                        + " fails on the dev database, before the files to lint: " + ex.getMessage(),
                        "Fix that migration first (it is not one of the files being linted), or lint on a dev "
                                + "database of the kind it was written for.", ex);
            }
        }
    }

    private record FileRun(List<StatementChanges> steps, LintFinding failure) {
    }

    private FileRun runInspected(Connection connection, Dialect dialect, String schema,
            List<MigrationStatement> statements) {
        InspectOptions options = InspectOptions.schema(schema);
        Schema fileStart = dialect.inspect(connection, options);
        Schema before = fileStart;
        List<StatementChanges> steps = new ArrayList<>();
        for (MigrationStatement statement : statements) {
            try (Statement jdbc = connection.createStatement()) {
                jdbc.execute(statement.sql());
            }
            catch (SQLException ex) {
                FindingKind kind = FindingKind.of(LintCheck.MG200);
                return new FileRun(steps, new LintFinding(statement.file(), statement.line(), kind.code(),
                        kind.category(), "Statement fails on the dev database (" + dialect.name() + "): "
                                + ex.getMessage().strip(), Severity.ERROR));
            }
            Schema after = dialect.inspect(connection, options);
            steps.add(new StatementChanges(statement, fileStart, after, dialect.differ().diff(before, after)));
            before = after;
        }
        return new FileRun(steps, null);
    }

}
