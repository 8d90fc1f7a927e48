package dev.migrate.benchmarks.devdiff;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;

import javax.sql.DataSource;

import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.diff.DiffGeneratorFactory;
import liquibase.diff.DiffResult;
import liquibase.diff.compare.CompareControl;
import liquibase.diff.output.DiffOutputControl;
import liquibase.diff.output.changelog.DiffToChangeLog;

/**
 * What Liquibase's {@code diffChangeLog} command does once it has its two databases: snapshot both, compare them, and
 * print the changes as an XML changelog.
 */
final class LiquibaseChangeLog {

    private LiquibaseChangeLog() {
    }

    /** Diffs reference against target; returns the number of change sets in the changelog. */
    static int diff(Database reference, Database target) throws Exception {
        DiffResult result = DiffGeneratorFactory.getInstance().compare(reference, target, CompareControl.STANDARD);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DiffToChangeLog(result, new DiffOutputControl()).print(new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8).split("<changeSet ", -1).length - 1;
    }

    /** {@code diffChangeLog} between two databases, as with {@code --reference-url} and {@code --url}. */
    static int diff(DataSource reference, DataSource target) throws Exception {
        try (Connection referenceConnection = reference.getConnection();
                Connection targetConnection = target.getConnection()) {
            return diff(jdbc(referenceConnection), jdbc(targetConnection));
        }
    }

    static Database jdbc(Connection connection) throws Exception {
        return DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
    }

}
