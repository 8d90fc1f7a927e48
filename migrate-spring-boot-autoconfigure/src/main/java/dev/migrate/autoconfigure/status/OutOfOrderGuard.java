package dev.migrate.autoconfigure.status;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

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
 * run such a late-merged file silently; Flyway would stop with a less specific error. Also refuses when an applied
 * file was edited since ({@link EditedAfterApplyException}), before the executor stops on the checksum with a stack
 * trace. Runs after the {@link IntegrityGate} and before the executor.
 */
public class OutOfOrderGuard implements InitializingBean {

    private static final Logger logger = LoggerFactory.getLogger(OutOfOrderGuard.class);

    private final MigrationDirectorySnapshot directory;

    private final DatabaseStateReader database;

    private final boolean allowOutOfOrder;

    private final Duration timeout;

    /**
     * @param integrityGate taken so that the integrity check always runs first
     * @param timeout how long to wait for the database ({@code migrate.database.timeout}) before leaving the check
     * to the executor
     */
    public OutOfOrderGuard(IntegrityGate integrityGate, MigrationDirectorySnapshot directory,
            DatabaseStateReader database, boolean allowOutOfOrder, Duration timeout) {
        this.directory = directory;
        this.database = database;
        this.allowOutOfOrder = allowOutOfOrder;
        this.timeout = timeout;
    }

    @Override
    public void afterPropertiesSet() {
        if (!this.directory.exists()) {
            return;
        }
        DatabaseState state = readWithinTimeout();
        if (!state.available()) {
            logger.warn("Could not check the order of migrations, the database did not answer: {}", state.error());
            return;
        }
        if (state.note() != null) {
            logger.debug("Not checking the order of migrations: {}", state.note());
            return; // this application applies nothing, so it has nothing to refuse
        }
        MigrationStatus status = MigrationStatus.of(this.directory.migrations(), state);
        if (!status.editedAfterApply().isEmpty()) {
            throw new EditedAfterApplyException(this.directory.location(), state.executor(), status.editedAfterApply());
        }
        List<MigrationFile> outOfOrder = status.outOfOrder();
        if (outOfOrder.isEmpty()) {
            return;
        }
        OutOfOrderMigrationException failure = new OutOfOrderMigrationException(this.directory.location(), outOfOrder,
                status.newestApplied().orElseThrow());
        if (!this.allowOutOfOrder) {
            throw failure;
        }
        logger.warn("{} Applying anyway because migrate.allow-out-of-order=true.", failure.getMessage());
    }

    /**
     * A database that accepts connections and never answers would block startup forever; after the timeout the read
     * is left to finish (or hang) on its daemon thread and startup goes on.
     */
    private DatabaseState readWithinTimeout() {
        CompletableFuture<DatabaseState> read = new CompletableFuture<>();
        Thread reader = new Thread(() -> read.complete(this.database.read()), "migrate-out-of-order-guard");
        reader.setDaemon(true);
        reader.start();
        try {
            return read.get(this.timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
        catch (TimeoutException ex) {
            reader.interrupt();
            return DatabaseState.unavailable(this.database.executor(), "no answer within " + this.timeout.toMillis()
                    + " ms (migrate.database.timeout); the executor will report its own connection error");
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return DatabaseState.unavailable(this.database.executor(), "interrupted");
        }
        catch (ExecutionException ex) {
            return DatabaseState.unavailable(this.database.executor(), String.valueOf(ex.getCause()));
        }
    }

}
