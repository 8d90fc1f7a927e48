package dev.migrate.autoconfigure.liquibase;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;

import dev.migrate.autoconfigure.database.AppliedMigrationsReader;
import dev.migrate.history.ExecutorHistory;
import dev.migrate.history.HistoryQuery;
import dev.migrate.history.LiquibaseHistory;

import org.springframework.core.env.Environment;

/**
 * Applied migrations from Liquibase's DATABASECHANGELOG: a file is applied when a changeset from it was run
 * (FILENAME holds the path the changelog included it by).
 */
public class LiquibaseAppliedMigrationsReader implements AppliedMigrationsReader {

    private final String table;

    private final String note;

    /**
     * @param table the changelog table, schema-qualified when Liquibase uses a schema of its own
     */
    public LiquibaseAppliedMigrationsReader(String table) {
        this(table, null);
    }

    private LiquibaseAppliedMigrationsReader(String table, String note) {
        this.table = table;
        this.note = note;
    }

    /**
     * The changelog table as {@code spring.liquibase.*} names it.
     * @param runsHere whether Liquibase runs in this application (otherwise reports say whose history it is)
     */
    public static LiquibaseAppliedMigrationsReader fromEnvironment(Environment environment, boolean runsHere) {
        String table = environment.getProperty("spring.liquibase.database-change-log-table", "DATABASECHANGELOG");
        String schema = environment.getProperty("spring.liquibase.liquibase-schema",
                environment.getProperty("spring.liquibase.default-schema"));
        return new LiquibaseAppliedMigrationsReader((schema != null) ? schema + "." + table : table, runsHere ? null
                : "Liquibase does not run in this application (spring.liquibase.enabled=false); the state is read "
                        + "from " + table + ", which whatever applies the migrations keeps");
    }

    @Override
    public String executor() {
        return "liquibase";
    }

    @Override
    public String note() {
        return this.note;
    }

    @Override
    public Optional<ExecutorHistory> history() {
        return Optional.of(new LiquibaseHistory(this.table));
    }

    @Override
    public Set<String> appliedFileNames(Connection connection, int queryTimeoutSeconds) throws SQLException {
        return HistoryQuery.fileNames(connection, "SELECT DISTINCT FILENAME FROM " + this.table,
                queryTimeoutSeconds);
    }

}
