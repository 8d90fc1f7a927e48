package dev.migrate.autoconfigure.directory;

import dev.migrate.dir.MigrationFormat;

import org.springframework.util.ClassUtils;

/**
 * The file format when {@code migrate.format} is not set: the one of the executor on the classpath.
 */
public final class MigrationFormats {

    private static final String LIQUIBASE = "liquibase.integration.spring.SpringLiquibase";

    private static final String FLYWAY = "org.flywaydb.core.Flyway";

    private MigrationFormats() {
    }

    public static MigrationFormat resolve(MigrationFormat configured, ClassLoader classLoader) {
        if (configured != null) {
            return configured;
        }
        if (ClassUtils.isPresent(LIQUIBASE, classLoader)) {
            return MigrationFormat.LIQUIBASE;
        }
        if (ClassUtils.isPresent(FLYWAY, classLoader)) {
            return MigrationFormat.FLYWAY;
        }
        return MigrationFormat.ATLAS;
    }

}
