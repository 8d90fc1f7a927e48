package dev.migrate.maven;

import java.util.Optional;

import dev.migrate.dir.MigrationFormat;
import dev.migrate.history.ExecutorHistory;
import dev.migrate.history.FlywayHistory;
import dev.migrate.history.LiquibaseHistory;
import dev.migrate.maven.config.ApplicationSettings;

/** The executor history the application's database keeps, where its settings say (as Spring Boot configures it). */
final class ExecutorHistories {

    private ExecutorHistories() {
    }

    /** Liquibase's for format liquibase, Flyway's for flyway; none for formats no supported executor runs. */
    static Optional<ExecutorHistory> of(MigrationFormat format, ApplicationSettings application) {
        return switch (format) {
            case LIQUIBASE -> {
                String table = application.get("spring.liquibase.database-change-log-table").orElse("DATABASECHANGELOG");
                yield Optional.of(new LiquibaseHistory(application.get("spring.liquibase.liquibase-schema")
                    .map(schema -> schema + "." + table).orElse(table)));
            }
            case FLYWAY -> Optional.of(new FlywayHistory(application.get("spring.flyway.default-schema").orElse(null),
                    application.get("spring.flyway.table").orElse("flyway_schema_history")));
            default -> Optional.empty();
        };
    }

}
