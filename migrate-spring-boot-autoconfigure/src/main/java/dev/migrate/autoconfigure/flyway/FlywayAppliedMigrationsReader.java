package dev.migrate.autoconfigure.flyway;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;

import dev.migrate.autoconfigure.database.AppliedMigrationsReader;
import dev.migrate.autoconfigure.database.HistoryTableQuery;

/**
 * Applied migrations from Flyway's schema history: the scripts of successful versioned migrations.
 */
public class FlywayAppliedMigrationsReader implements AppliedMigrationsReader {

    private final String schema;

    private final String table;

    /**
     * @param schema the schema of the history table, or {@code null} for the connection's default
     * @param table the history table (Flyway creates it with a quoted, case-sensitive name)
     */
    public FlywayAppliedMigrationsReader(String schema, String table) {
        this.schema = schema;
        this.table = table;
    }

    @Override
    public String executor() {
        return "flyway";
    }

    @Override
    public Set<String> appliedFileNames(Connection connection, int queryTimeoutSeconds) throws SQLException {
        String quote = connection.getMetaData().getIdentifierQuoteString().trim();
        String qualified = ((this.schema != null) ? quote + this.schema + quote + "." : "") + quote + this.table + quote;
        String sql = "SELECT " + quote + "script" + quote + " FROM " + qualified + " WHERE " + quote + "success" + quote
                + " = TRUE AND " + quote + "version" + quote + " IS NOT NULL";
        return HistoryTableQuery.fileNames(connection, sql, queryTimeoutSeconds);
    }

}
