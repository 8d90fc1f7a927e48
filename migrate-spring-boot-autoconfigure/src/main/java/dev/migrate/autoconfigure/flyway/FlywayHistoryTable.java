package dev.migrate.autoconfigure.flyway;

import java.util.Arrays;
import java.util.List;

import dev.migrate.history.FlywayHistory;
import org.flywaydb.core.api.configuration.Configuration;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.flyway.autoconfigure.FlywayProperties;
import org.springframework.core.env.Environment;

/**
 * Where Flyway keeps its schema history: in its default schema (else the first of its schemas), or the connection's
 * current one when it names none.
 *
 * @param schema the schema, or {@code null} for the connection's current one
 * @param table the table (Flyway creates it with a quoted, case-sensitive name)
 */
record FlywayHistoryTable(String schema, String table) {

    /** As the Flyway bean is configured, customizers included. */
    static FlywayHistoryTable of(Configuration configuration) {
        return new FlywayHistoryTable(
                schema(configuration.getDefaultSchema(), Arrays.asList(configuration.getSchemas())),
                configuration.getTable());
    }

    /** As {@code spring.flyway.*} sets it, with Spring Boot's defaults. */
    static FlywayHistoryTable of(Environment environment) {
        FlywayProperties properties = Binder.get(environment).bindOrCreate("spring.flyway", FlywayProperties.class);
        return new FlywayHistoryTable(schema(properties.getDefaultSchema(), properties.getSchemas()),
                properties.getTable());
    }

    private static String schema(String defaultSchema, List<String> schemas) {
        if (defaultSchema != null) {
            return defaultSchema;
        }
        return (schemas.isEmpty()) ? null : schemas.get(0).trim();
    }

    FlywayHistory history() {
        return new FlywayHistory(this.schema, this.table);
    }

}
