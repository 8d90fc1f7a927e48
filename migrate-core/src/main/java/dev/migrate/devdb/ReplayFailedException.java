package dev.migrate.devdb;

import java.sql.SQLException;

import dev.migrate.dir.MigrationDirectoryException;
import dev.migrate.script.MigrationStatement;

/** A statement of the migration directory failed while replaying it into a scratch schema of the dev database. */
public final class ReplayFailedException extends MigrationDirectoryException {

    private static final int SHOWN_SQL_LENGTH = 300;

    private final transient MigrationStatement statement;
    private final String sqlState;

    ReplayFailedException(String location, MigrationStatement statement, SQLException cause) {
        super("Replaying the migration directory " + location + " into the dev database failed at "
                + statement.location() + ": " + firstLine(cause.getMessage())
                + (cause.getSQLState() == null ? "" : " [SQL state " + cause.getSQLState() + "]")
                + System.lineSeparator() + "    " + shorten(statement.sql()),
                "Each migration must apply, in order, to an empty schema as the executor applies it. Fix that "
                        + "statement or the earlier migration it depends on; what the directory does not create "
                        + "itself (an extension, another schema, a role) has to be created by a migration too.",
                cause);
        this.statement = statement;
        this.sqlState = cause.getSQLState();
    }

    /** The statement that failed, with its file and line. */
    public MigrationStatement statement() {
        return statement;
    }

    /** The database's SQL state of the failure (as its JDBC driver reports it), or null. */
    public String sqlState() {
        return sqlState;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "(no message)";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static String shorten(String sql) {
        String oneLine = sql.replaceAll("\\s+", " ");
        return oneLine.length() <= SHOWN_SQL_LENGTH ? oneLine : oneLine.substring(0, SHOWN_SQL_LENGTH) + " ...";
    }

}
