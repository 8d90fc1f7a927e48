package dev.migrate.autoconfigure.flyway;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import dev.migrate.autoconfigure.database.AppliedMigrationsReader;
import dev.migrate.autoconfigure.database.ExecutorBean;
import dev.migrate.history.ExecutorHistory;
import dev.migrate.history.HistoryQuery;
import org.flywaydb.core.Flyway;

import org.springframework.core.env.Environment;

/**
 * Applied migrations from Flyway's schema history: the scripts of successful versioned migrations.
 */
public class FlywayAppliedMigrationsReader implements AppliedMigrationsReader {

    private final Supplier<FlywayHistoryTable> table;

    private final String note;

    /**
     * @param schema the schema of the history table, or {@code null} for the connection's default
     * @param table the history table (Flyway creates it with a quoted, case-sensitive name)
     */
    public FlywayAppliedMigrationsReader(String schema, String table) {
        this(fixed(new FlywayHistoryTable(schema, table)), null);
    }

    private FlywayAppliedMigrationsReader(Supplier<FlywayHistoryTable> table, String note) {
        this.table = table;
        this.note = note;
    }

    /**
     * The history table of the Flyway that runs in this application, as its bean is configured; until the bean
     * is created (the startup checks come first), as {@code spring.flyway.*} names it.
     */
    static FlywayAppliedMigrationsReader running(ExecutorBean<Flyway> flyway, Environment environment) {
        FlywayHistoryTable configured = FlywayHistoryTable.of(environment);
        return new FlywayAppliedMigrationsReader(() -> flyway.ifCreated()
            .map((bean) -> FlywayHistoryTable.of(bean.getConfiguration()))
            .orElse(configured), null);
    }

    /**
     * The history table as {@code spring.flyway.*} names it, when Flyway does not run in this application: reports
     * say whose history it is.
     */
    public static FlywayAppliedMigrationsReader idle(Environment environment) {
        FlywayHistoryTable table = FlywayHistoryTable.of(environment);
        return new FlywayAppliedMigrationsReader(fixed(table),
                "Flyway does not run in this application (spring.flyway.enabled=false); the state is read from "
                        + table.table() + ", which whatever applies the migrations keeps");
    }

    private static Supplier<FlywayHistoryTable> fixed(FlywayHistoryTable table) {
        return () -> table;
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
        return Optional.of(this.table.get().history());
    }

    @Override
    public Set<String> appliedFileNames(Connection connection, int queryTimeoutSeconds) throws SQLException {
        FlywayHistoryTable history = this.table.get();
        String quote = connection.getMetaData().getIdentifierQuoteString().trim();
        String qualified = ((history.schema() != null) ? quote + history.schema() + quote + "." : "") + quote
                + history.table() + quote;
        String sql = "SELECT " + quote + "script" + quote + " FROM " + qualified + " WHERE " + quote + "success" + quote
                + " = TRUE AND " + quote + "version" + quote + " IS NOT NULL";
        return HistoryQuery.fileNames(connection, sql, queryTimeoutSeconds);
    }

}
