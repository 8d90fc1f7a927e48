package dev.migrate.maven.config;

import java.util.Collection;
import java.util.Optional;

import dev.migrate.dir.MigrationFormat;

/**
 * The migration format the starter would pick when {@code migrate.format} is not set: the one of the executor on the
 * application's class path, Liquibase first (as the starter decides), then Flyway, else {@code atlas}.
 */
public final class ApplicationExecutor {

    private ApplicationExecutor() {
    }

    /**
     * @param artifactIds the artifact ids of the project's resolved dependencies
     */
    public static MigrationFormat format(Optional<String> configured, Collection<String> artifactIds) {
        if (configured.isPresent()) {
            return MigrationFormat.fromId(configured.get());
        }
        if (artifactIds.contains("liquibase-core")) {
            return MigrationFormat.LIQUIBASE;
        }
        if (artifactIds.contains("flyway-core")) {
            return MigrationFormat.FLYWAY;
        }
        return MigrationFormat.ATLAS;
    }

}
