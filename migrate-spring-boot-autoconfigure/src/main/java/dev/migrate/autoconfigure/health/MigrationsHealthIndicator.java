package dev.migrate.autoconfigure.health;

import dev.migrate.autoconfigure.status.MigrationStatus;
import dev.migrate.autoconfigure.status.MigrationStatusService;
import dev.migrate.dir.IntegrityProblem;
import dev.migrate.dir.IntegrityReport;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * {@code migrations} health: DOWN when the directory does not match its atlas.sum (possible only with
 * {@code migrate.integrity.on-failure=warn}); otherwise UP, with the pending count and the database status.
 */
public class MigrationsHealthIndicator extends AbstractHealthIndicator {

    private final MigrationStatusService statusService;

    public MigrationsHealthIndicator(MigrationStatusService statusService) {
        super("Migration status check failed");
        this.statusService = statusService;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        IntegrityReport integrity = this.statusService.directory().integrity();
        builder.withDetail("directory", integrity.status().name());
        if (!integrity.ok()) {
            builder.down().withDetail("problems",
                    integrity.problems().stream().map(IntegrityProblem::reason).toList());
            return;
        }
        MigrationStatus status = this.statusService.current();
        builder.up()
            .withDetail("database", status.databaseStatus().name())
            .withDetail("applied", status.applied())
            .withDetail("pending", status.pending());
    }

}
