package dev.migrate.autoconfigure.flyway;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;

import dev.migrate.autoconfigure.database.AppliedMigrationsReader;
import dev.migrate.history.ExecutorHistory;
import dev.migrate.history.HistoryQuery;
import dev.migrate.history.FlywayHistory;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Applied migrations from Flyway's schema history: the scripts of successful versioned migrations.
 */
public class FlywayAppliedMigrationsReader implements AppliedMigrationsReader {

    private final String schema;

    private final String table;

    private final String note;

    /**
     * @param schema the schema of the history table, or {@code null} for the connection's default
     * @param table the history table (Flyway creates it with a quoted, case-sensitive name)
     */
    public FlywayAppliedMigrationsReader(String schema, String table) {
        this(schema, table, null);
    }

    private FlywayAppliedMigrationsReader(String schema, String table, String note) {
        this.schema = schema;
        this.table = table;
        this.note = note;
    }

    /**
     * The history table as {@code spring.flyway.*} names it.
     * @param runsHere whether Flyway runs in this application (otherwise reports say whose history it is)
     */
    public static FlywayAppliedMigrationsReader fromEnvironment(Environment environment, boolean runsHere) {
        String schema = environment.getProperty("spring.flyway.default-schema");
        if (schema == null) {
            String[] schemas = StringUtils.commaDelimitedListToStringArray(
                    environment.getProperty("spring.flyway.schemas", ""));
            schema = (schemas.length > 0) ? schemas[0].trim() : null;
        }
        String table = environment.getProperty("spring.flyway.table", "flyway_schema_history");
        return new FlywayAppliedMigrationsReader(schema, table, runsHere ? null
                : "Flyway does not run in this application (spring.flyway.enabled=false); the state is read from "
                        + table + ", which whatever applies the migrations keeps");
    }

    @Override
    public String executor() {
        return "flyway";
    }

    @Override
    public String note() {
        return this.note;
    }

    @Override
    public Optional<ExecutorHistory> history() {
        return Optional.of(new FlywayHistory(this.schema, this.table));
    }

    @Override
    public Set<String> appliedFileNames(Connection connection, int queryTimeoutSeconds) throws SQLException {
        String quote = connection.getMetaData().getIdentifierQuoteString().trim();
        String qualified = ((this.schema != null) ? quote + this.schema + quote + "." : "") + quote + this.table + quote;
        String sql = "SELECT " + quote + "script" + quote + " FROM " + qualified + " WHERE " + quote + "success" + quote
                + " = TRUE AND " + quote + "version" + quote + " IS NOT NULL";
        return HistoryQuery.fileNames(connection, sql, queryTimeoutSeconds);
    }

}
