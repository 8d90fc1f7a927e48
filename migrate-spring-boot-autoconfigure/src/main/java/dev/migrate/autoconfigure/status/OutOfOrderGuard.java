package dev.migrate.autoconfigure.status;

import java.util.List;

import dev.migrate.autoconfigure.database.DatabaseState;
import dev.migrate.autoconfigure.database.DatabaseStateReader;
import dev.migrate.autoconfigure.directory.MigrationDirectorySnapshot;
import dev.migrate.autoconfigure.integrity.IntegrityGate;
import dev.migrate.dir.MigrationFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;

/**
 * Refuses to start when the database has applied a version newer than a file that is not applied. Liquibase would
 * run such a late-merged file silently; Flyway would stop with a less specific error. Runs after the
 * {@link IntegrityGate} and before the executor.
 */
public class OutOfOrderGuard implements InitializingBean {

    private static final Logger logger = LoggerFactory.getLogger(OutOfOrderGuard.class);

    private final MigrationDirectorySnapshot directory;

    private final DatabaseStateReader database;

    private final boolean allowOutOfOrder;

    /**
     * @param integrityGate taken so that the integrity check always runs first
     */
    public OutOfOrderGuard(IntegrityGate integrityGate, MigrationDirectorySnapshot directory,
            DatabaseStateReader database, boolean allowOutOfOrder) {
        this.directory = directory;
        this.database = database;
        this.allowOutOfOrder = allowOutOfOrder;
    }

    @Override
    public void afterPropertiesSet() {
        if (!this.directory.exists()) {
            return;
        }
        DatabaseState state = this.database.read();
        if (!state.available()) {
            logger.warn("Could not check the order of migrations, the database did not answer: {}", state.error());
            return;
        }
        MigrationStatus status = MigrationStatus.of(this.directory.migrations(), state);
        List<MigrationFile> outOfOrder = status.outOfOrder();
        if (outOfOrder.isEmpty()) {
            return;
        }
        OutOfOrderMigrationException failure = new OutOfOrderMigrationException(this.directory.location(), outOfOrder,
                status.newestApplied().orElseThrow());
        if (!this.allowOutOfOrder) {
            throw failure;
        }
        logger.warn("{} Applying anyway because migrate.allow-out-of-order=true.", failure.description());
    }

}
