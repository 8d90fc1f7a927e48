package dev.migrate.autoconfigure.dev;

import java.util.function.IntConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/**
 * Ends a {@code --migrate.diff} run once the application is ready: the migration was written (or the schema was in
 * sync) during startup, so the context is closed and the process exits with code 0. A failed diff never gets here:
 * it fails startup, which exits non-zero with the failure analysis.
 */
public class MigrationDiffExit implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger logger = LoggerFactory.getLogger(MigrationDiffExit.class);

    private final MigrationDiffRunner runner;

    private final IntConsumer exit;

    public MigrationDiffExit(MigrationDiffRunner runner, IntConsumer exit) {
        this.runner = runner;
        this.exit = exit;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        logger.info("{}; exiting (--migrate.diff): nothing was applied", this.runner.written()
            .map((migration) -> "Wrote migration " + migration.version() + " " + migration.files())
            .orElse("No migration needed"));
        this.exit.accept(SpringApplication.exit(event.getApplicationContext(), () -> 0));
    }

}
