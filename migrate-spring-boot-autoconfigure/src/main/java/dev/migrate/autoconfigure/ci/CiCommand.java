package dev.migrate.autoconfigure.ci;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import dev.migrate.autoconfigure.dev.MigrationDiffCommand;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;

/**
 * {@code --migrate.lint[=BASE]} and {@code --migrate.rebase=BASE}: runs that only lint or rebase the migration
 * directory. So that nothing is applied, the executors, {@code spring.sql.init} and Hibernate's schema management are
 * switched off for the run, and no web server starts.
 */
public class CiCommand implements EnvironmentPostProcessor, Ordered {

    /** The git base to lint against; empty with {@code --migrate.lint.latest=N}. */
    public static final String LINT = "migrate.lint";

    /** The git base to rebase onto. */
    public static final String REBASE = "migrate.rebase";

    static final String PROPERTY_SOURCE = "migrateCiCommand";

    /** Which command the run asks for, if any. */
    public static Optional<String> requested(Environment environment) {
        if (environment.containsProperty(LINT)) {
            return Optional.of(LINT);
        }
        return environment.containsProperty(REBASE) ? Optional.of(REBASE) : Optional.empty();
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (requested(environment).isPresent()) {
            environment.getPropertySources()
                .addFirst(new MapPropertySource(PROPERTY_SOURCE, settings()));
        }
    }

    private static Map<String, Object> settings() {
        Map<String, Object> settings = new HashMap<>(MigrationDiffCommand.NOTHING_APPLIED);
        settings.put("migrate.dev.auto-diff", "false"); // not even in profile dev: no migration is generated
        return settings;
    }

    @Override
    public int getOrder() {
        // After the config data (application.properties, profiles) has been loaded.
        return Ordered.LOWEST_PRECEDENCE;
    }

}
