package dev.migrate.autoconfigure.dev;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Fails a {@code --migrate.diff} run that could not diff at all (migrate.enabled=false, no JPA entities, no
 * Hibernate), instead of letting it end quietly with nothing written. Registered in {@code spring.factories}, so it
 * also works when the auto-configuration backed off.
 */
public class MigrationDiffUnavailable implements ApplicationListener<ApplicationReadyEvent> {

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        ConfigurableApplicationContext context = event.getApplicationContext();
        if (MigrationDiffCommand.requested(context.getEnvironment()).isPresent()
                && context.getBeanNamesForType(MigrationDiffRunner.class).length == 0) {
            throw new MigrationDiffException("--migrate.diff was given, but the application has nothing to diff: "
                    + "it needs migrate.enabled=true, Hibernate with Spring Boot's JPA auto-configuration, and at least "
                    + "one @Entity. Nothing was written.", "Check that the application uses spring-boot-starter-data-jpa "
                    + "(or spring-boot-hibernate) and that migrate.enabled is not false.", null);
        }
    }

}
