package dev.migrate.autoconfigure.liquibase;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import dev.migrate.autoconfigure.database.AppliedMigrationsReader;
import dev.migrate.autoconfigure.database.ExecutorBean;
import dev.migrate.history.ExecutorHistory;
import dev.migrate.history.HistoryQuery;
import dev.migrate.history.LiquibaseHistory;
import liquibase.integration.spring.SpringLiquibase;

import org.springframework.core.env.Environment;

/**
 * Applied migrations from Liquibase's DATABASECHANGELOG: a file is applied when a changeset from it was run
 * (FILENAME holds the path the changelog included it by).
 */
public class LiquibaseAppliedMigrationsReader implements AppliedMigrationsReader {

    private final Supplier<String> table;

    private final String note;

    /**
     * @param table the changelog table, schema-qualified when Liquibase uses a schema of its own
     */
    public LiquibaseAppliedMigrationsReader(String table) {
        this(() -> table, null);
    }

    private LiquibaseAppliedMigrationsReader(Supplier<String> table, String note) {
        this.table = table;
        this.note = note;
    }

    /**
     * The changelog table of the Liquibase that runs in this application, as its bean is configured; until the bean
     * is created (the startup checks come first), as {@code spring.liquibase.*} names it.
     */
    static LiquibaseAppliedMigrationsReader running(ExecutorBean<SpringLiquibase> liquibase,
            Environment environment) {
        String configured = LiquibaseChangelogTable.of(environment).qualifiedName();
        return new LiquibaseAppliedMigrationsReader(() -> liquibase.ifCreated()
            .map((bean) -> LiquibaseChangelogTable.of(bean).qualifiedName())
            .orElse(configured), null);
    }

    /**
     * The changelog table as {@code spring.liquibase.*} names it, when Liquibase does not run in this application:
     * reports say whose history it is.
     */
    public static LiquibaseAppliedMigrationsReader idle(Environment environment) {
        LiquibaseChangelogTable table = LiquibaseChangelogTable.of(environment);
        String qualified = table.qualifiedName();
        return new LiquibaseAppliedMigrationsReader(() -> qualified,
                "Liquibase does not run in this application (spring.liquibase.enabled=false); the state is read "
                        + "from " + table.table() + ", which whatever applies the migrations keeps");
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
        return Optional.of(new LiquibaseHistory(this.table.get()));
    }

    @Override
    public Set<String> appliedFileNames(Connection connection, int queryTimeoutSeconds) throws SQLException {
        return HistoryQuery.fileNames(connection, "SELECT DISTINCT FILENAME FROM " + this.table.get(),
                queryTimeoutSeconds);
    }

}
