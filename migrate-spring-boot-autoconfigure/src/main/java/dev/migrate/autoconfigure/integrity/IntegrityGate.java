package dev.migrate.autoconfigure.integrity;

import java.util.List;

import dev.migrate.autoconfigure.MigrateProperties.OnFailure;
import dev.migrate.autoconfigure.directory.MigrationDirectorySnapshot;
import dev.migrate.dir.IntegrityReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;

/**
 * Verifies the migration directory against its atlas.sum when the context starts. It is a database initializer that
 * runs first (see {@code MigrateDatabaseInitializerDetector}), so Liquibase, Flyway, {@code spring.sql.init}
 * and the EntityManagerFactory wait for it, and a failure stops the application before any SQL reaches the database.
 */
public class IntegrityGate implements InitializingBean {

    private static final Logger logger = LoggerFactory.getLogger(IntegrityGate.class);

    private final MigrationDirectorySnapshot directory;

    private final OnFailure onFailure;

    private final List<DirectoryPreparation> preparations;

    public IntegrityGate(MigrationDirectorySnapshot directory, OnFailure onFailure) {
        this(directory, onFailure, List.of());
    }

    public IntegrityGate(MigrationDirectorySnapshot directory, OnFailure onFailure,
            List<DirectoryPreparation> preparations) {
        this.directory = directory;
        this.onFailure = onFailure;
        this.preparations = List.copyOf(preparations);
    }

    @Override
    public void afterPropertiesSet() {
        this.preparations.forEach(DirectoryPreparation::prepare);
        if (!this.directory.exists()) {
            throw new MissingMigrationDirectoryException(this.directory.location(), this.directory.directory());
        }
        long start = System.nanoTime();
        IntegrityReport report = this.directory.integrity();
        if (report.ok()) {
            int migrations = this.directory.migrations().size();
            logger.info("Migration directory {} matches its atlas.sum ({} migrations, format {}, checked in {} ms)",
                    this.directory.location(), migrations, this.directory.format().id(),
                    (System.nanoTime() - start) / 1_000_000);
            if (!report.leftovers().isEmpty()) {
                logger.warn(report.describe());
            }
            return;
        }
        MigrationIntegrityException failure = new MigrationIntegrityException(this.directory.location(), report);
        if (this.onFailure == OnFailure.FAIL) {
            throw failure;
        }
        logger.warn("{}{}The application starts anyway because migrate.integrity.on-failure=warn. To fix it:{}{}",
                failure.findings(), System.lineSeparator(), System.lineSeparator(), failure.fix());
    }

}
