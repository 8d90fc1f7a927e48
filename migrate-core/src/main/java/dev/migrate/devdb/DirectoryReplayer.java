package dev.migrate.devdb;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.LongSupplier;

import dev.migrate.dir.MigrationDirectory;
import dev.migrate.dir.MigrationDirectoryException;
import dev.migrate.dir.MigrationFile;
import dev.migrate.dir.MigrationFormat;
import dev.migrate.dir.MigrationSet;
import dev.migrate.script.MigrationScripts;
import dev.migrate.script.MigrationStatement;

/**
 * Executes a migration directory's up files, in the executor's order, into one schema: exactly the statements the
 * executor would send ({@link MigrationScripts}), one by one in auto-commit, with the current schema (PostgreSQL:
 * {@code search_path}) set to that schema alone so unqualified DDL lands there. It is set again before each file, as executors restore
 * the connection between migrations, so a file that changes it cannot send later files elsewhere.
 */
final class DirectoryReplayer {

    private final Connection connection;
    private final DevSchemas schemas;
    private final LongSupplier nanoTime;

    DirectoryReplayer(Connection connection, DevSchemas schemas, LongSupplier nanoTime) {
        this.connection = connection;
        this.schemas = schemas;
        this.nanoTime = nanoTime;
    }

    /**
     * @throws ReplayFailedException when a statement fails; the schema then holds what ran before it
     */
    ReplayReport replay(MigrationDirectory directory, MigrationFormat format, String schema) throws SQLException {
        List<MigrationFile> files = MigrationSet.of(directory, format).upFilesInExecutionOrder();
        ReplayProgress progress = new ReplayProgress(directory.location(), schema, files.size(), nanoTime);
        String previousSchema = schemas.currentSchema(connection);
        int statements = 0;
        try {
            for (int index = 0; index < files.size(); index++) {
                String name = files.get(index).name();
                schemas.useSchema(connection, schema);
                for (MigrationStatement statement : MigrationScripts.statements(format, name, read(directory, name),
                        schema, schemas.liquibaseName())) {
                    execute(directory, statement);
                    statements++;
                }
                progress.fileDone(index + 1, statements);
            }
        }
        finally {
            schemas.restoreSchema(connection, previousSchema);
        }
        return progress.finished(files.size(), statements);
    }

    private void execute(MigrationDirectory directory, MigrationStatement statement) {
        try (Statement jdbc = connection.createStatement()) {
            jdbc.execute(statement.sql());
        }
        catch (SQLException ex) {
            throw new ReplayFailedException(directory.location(), statement, ex);
        }
    }

    private static String read(MigrationDirectory directory, String name) {
        try {
            return new String(directory.read(name), StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new MigrationDirectoryException("Cannot read " + name + " in " + directory.location() + ": "
                    + ex.getMessage(), "Check the file's permissions (it must be readable by this user).", ex);
        }
    }

}
