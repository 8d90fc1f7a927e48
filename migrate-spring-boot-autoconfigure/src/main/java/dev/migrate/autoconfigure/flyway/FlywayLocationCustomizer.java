package dev.migrate.autoconfigure.flyway;

import dev.migrate.autoconfigure.MigrateProperties;
import dev.migrate.autoconfigure.directory.MigrationDirectorySnapshot;
import dev.migrate.dir.MigrationFormat;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.core.env.Environment;

/**
 * Points Flyway at the migration directory unless {@code spring.flyway.locations} is set, and lets it apply
 * out-of-order files when {@code migrate.allow-out-of-order=true} (unless {@code spring.flyway.out-of-order} is set).
 */
class FlywayLocationCustomizer implements FlywayConfigurationCustomizer {

    private static final Logger logger = LoggerFactory.getLogger(FlywayLocationCustomizer.class);

    private final Environment environment;

    private final ObjectProvider<MigrationDirectorySnapshot> directory;

    private final ObjectProvider<MigrateProperties> properties;

    FlywayLocationCustomizer(Environment environment, ObjectProvider<MigrationDirectorySnapshot> directory,
            ObjectProvider<MigrateProperties> properties) {
        this.environment = environment;
        this.directory = directory;
        this.properties = properties;
    }

    @Override
    public void customize(FluentConfiguration configuration) {
        MigrationDirectorySnapshot snapshot = this.directory.getIfAvailable();
        if (snapshot == null || snapshot.format() != MigrationFormat.FLYWAY) {
            return;
        }
        if (!this.environment.containsProperty("spring.flyway.locations")) {
            String location = flywayLocation(snapshot.location());
            configuration.locations(location);
            logger.info("Flyway applies the migrations of {}", location);
        }
        MigrateProperties properties = this.properties.getIfAvailable();
        if (properties != null && properties.isAllowOutOfOrder()
                && !this.environment.containsProperty("spring.flyway.out-of-order")) {
            configuration.outOfOrder(true);
        }
    }

    static String flywayLocation(String location) {
        if (location.startsWith("file:")) {
            return "filesystem:" + location.substring("file:".length());
        }
        return location.startsWith("classpath:") ? location : "classpath:" + location;
    }

}
