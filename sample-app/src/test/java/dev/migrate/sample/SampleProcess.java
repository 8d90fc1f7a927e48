package dev.migrate.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.migrate.testing.TestDatabase;

/**
 * The sample application started as its own process on a test's PostgreSQL database, as a build runs a one-off
 * command ({@code --migrate.diff}, {@code --migrate.lint}, ...): its exit code and everything it printed.
 */
final class SampleProcess {

    record Run(int exitCode, String output) {
    }

    private SampleProcess() {
    }

    /** Runs the application with the arguments, its output going to {@code log}; fails after two minutes. */
    static Run run(TestDatabase database, Path log, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
            .toString(), "-cp", System.getProperty("java.class.path"), SampleApplication.class.getName(),
                "--spring.profiles.active=postgres", "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("The application did not exit:\n" + Files.readString(log));
        }
        return new Run(process.exitValue(), Files.readString(log));
    }

    /** The tables of the database's public schema: what a run applied. */
    static List<String> tables(TestDatabase database) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

}
