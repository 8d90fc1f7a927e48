package dev.migrate.autoconfigure.dev;

import java.util.Map;
import java.util.Optional;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;

/**
 * {@code --migrate.diff=NAME}: the application starts only as far as writing the migration, then exits. So that
 * nothing is applied, Liquibase, Flyway, {@code spring.sql.init} and Hibernate's schema management are switched off
 * for that run, and no web server starts.
 */
public class MigrationDiffCommand implements EnvironmentPostProcessor, Ordered {

    /** The property that asks for a one-off diff; its value is the migration's name. */
    public static final String PROPERTY = "migrate.diff";

    static final String PROPERTY_SOURCE = "migrateDiffCommand";

    /** The settings of a run that applies nothing: no executor, no SQL init, no schema management, no web server. */
    public static final Map<String, Object> NOTHING_APPLIED = Map.of("spring.liquibase.enabled", "false",
            "spring.flyway.enabled", "false", "spring.sql.init.mode", "never", "spring.jpa.hibernate.ddl-auto", "none",
            "spring.main.web-application-type", "none");

    /** The name asked for, when the run is a {@code --migrate.diff} run; {@code --migrate.diff} alone derives one. */
    public static Optional<String> requested(Environment environment) {
        if (!environment.containsProperty(PROPERTY)) {
            return Optional.empty();
        }
        return Optional.of(environment.getProperty(PROPERTY, "").strip());
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (requested(environment).isPresent()) {
            environment.getPropertySources()
                .addFirst(new MapPropertySource(PROPERTY_SOURCE, NOTHING_APPLIED));
        }
    }

    @Override
    public int getOrder() {
        // After the config data (application.properties, profiles) has been loaded.
        return Ordered.LOWEST_PRECEDENCE;
    }

}
