package dev.migrate.autoconfigure.liquibase;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;

import dev.migrate.autoconfigure.database.AppliedMigrationsReader;
import dev.migrate.autoconfigure.database.HistoryTableQuery;

/**
 * Applied migrations from Liquibase's DATABASECHANGELOG: a file is applied when a changeset from it was run
 * (FILENAME holds the path the changelog included it by).
 */
public class LiquibaseAppliedMigrationsReader implements AppliedMigrationsReader {

    private final String table;

    /**
     * @param table the changelog table, schema-qualified when Liquibase uses a schema of its own
     */
    public LiquibaseAppliedMigrationsReader(String table) {
        this.table = table;
    }

    @Override
    public String executor() {
        return "liquibase";
    }

    @Override
    public Set<String> appliedFileNames(Connection connection, int queryTimeoutSeconds) throws SQLException {
        return HistoryTableQuery.fileNames(connection, "SELECT DISTINCT FILENAME FROM " + this.table,
                queryTimeoutSeconds);
    }

}
