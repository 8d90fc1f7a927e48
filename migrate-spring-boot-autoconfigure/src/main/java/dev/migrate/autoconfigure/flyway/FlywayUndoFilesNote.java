package dev.migrate.autoconfigure.flyway;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Quiets Flyway's "SQL migrations were detected but not run because they did not follow the filename convention" on
 * every start: the files it means are the format's undo files ({@code U<version>__<name>.sql}), which Flyway's
 * community edition does not run. Misnamed files are not hidden by this: the starter refuses to start on a file that
 * does not follow the format. A default only: {@code logging.level.*} of the application's wins.
 */
public class FlywayUndoFilesNote implements EnvironmentPostProcessor {

    static final String LOGGER = "logging.level.org.flywaydb.core.internal.resource.ResourceNameValidator";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources()
            .addLast(new MapPropertySource("migrateFlywayUndoFilesNote", Map.of(LOGGER, "warn")));
    }

}
