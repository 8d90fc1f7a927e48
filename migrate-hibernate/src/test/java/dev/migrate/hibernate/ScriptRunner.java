package dev.migrate.hibernate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import dev.migrate.dir.MigrationFormat;
import dev.migrate.script.MigrationScripts;
import dev.migrate.script.MigrationStatement;

/** Executes generated SQL statement by statement, naming the statement that fails. */
final class ScriptRunner {

    private ScriptRunner() {
    }

    static void run(Connection connection, List<String> statements) {
        for (String sql : statements) {
            execute(connection, sql, sql);
        }
    }

    /** Runs a migration file as an executor would: its statements in order. */
    static void runFile(Connection connection, Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        for (MigrationStatement statement : MigrationScripts.statements(MigrationFormat.ATLAS,
                file.getFileName().toString(), text, "public", "postgresql")) {
            execute(connection, statement.sql(), statement.location());
        }
    }

    private static void execute(Connection connection, String sql, String where) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
        catch (SQLException ex) {
            throw new AssertionError("Statement failed: " + where + "\n" + ex.getMessage(), ex);
        }
    }

}
