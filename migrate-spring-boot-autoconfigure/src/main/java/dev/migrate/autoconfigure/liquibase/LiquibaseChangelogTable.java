package dev.migrate.autoconfigure.liquibase;

import liquibase.GlobalConfiguration;
import liquibase.integration.spring.SpringLiquibase;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseProperties;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Where Liquibase keeps its DATABASECHANGELOG: in its own schema, else its default schema, else the connection's
 * current one.
 *
 * @param schema the schema, or {@code null} for the connection's current one
 * @param table the table
 */
record LiquibaseChangelogTable(String schema, String table) {

    /** As the SpringLiquibase bean is configured, the application's own included. */
    static LiquibaseChangelogTable of(SpringLiquibase liquibase) {
        String table = liquibase.getDatabaseChangeLogTable();
        return new LiquibaseChangelogTable(schema(liquibase.getLiquibaseSchema(), liquibase.getDefaultSchema()),
                (table != null) ? table : GlobalConfiguration.DATABASECHANGELOG_TABLE_NAME.getCurrentValue());
    }

    /** As {@code spring.liquibase.*} sets it, with Spring Boot's defaults. */
    static LiquibaseChangelogTable of(Environment environment) {
        LiquibaseProperties properties = Binder.get(environment)
            .bindOrCreate("spring.liquibase", LiquibaseProperties.class);
        return new LiquibaseChangelogTable(schema(properties.getLiquibaseSchema(), properties.getDefaultSchema()),
                properties.getDatabaseChangeLogTable());
    }

    private static String schema(String liquibaseSchema, String defaultSchema) {
        return StringUtils.hasText(liquibaseSchema) ? liquibaseSchema
                : StringUtils.hasText(defaultSchema) ? defaultSchema : null;
    }

    /** The table, schema-qualified when Liquibase keeps it in a schema of its own. */
    String qualifiedName() {
        return (this.schema != null) ? this.schema + "." + this.table : this.table;
    }

}
