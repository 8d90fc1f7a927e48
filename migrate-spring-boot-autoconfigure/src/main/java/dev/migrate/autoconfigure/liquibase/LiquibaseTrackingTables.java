package dev.migrate.autoconfigure.liquibase;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import liquibase.changelog.ChangeLogHistoryService;
import liquibase.changelog.ChangeLogHistoryServiceFactory;
import liquibase.changelog.StandardChangeLogHistoryService;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.integration.spring.SpringLiquibase;
import liquibase.lockservice.LockService;
import liquibase.lockservice.LockServiceFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Creates Liquibase's DATABASECHANGELOG under Liquibase's own lock before Liquibase runs, when it does not exist yet.
 * Liquibase itself creates that table before it takes its lock (liquibase/liquibase#5254), so several instances
 * starting together on a fresh database fail with "An error occurred while attempting to create the database
 * changelog table"; its lock table, by contrast, is created safely. Both tables are Liquibase's, made by Liquibase's
 * own code, with the application's table names and schema.
 */
class LiquibaseTrackingTables implements BeanPostProcessor {

    private static final Logger logger = LoggerFactory.getLogger(LiquibaseTrackingTables.class);

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof SpringLiquibase liquibase && liquibase.getDataSource() != null) {
            prepare(liquibase);
        }
        return bean;
    }

    private static void prepare(SpringLiquibase liquibase) {
        DataSource dataSource = liquibase.getDataSource();
        try (Connection connection = dataSource.getConnection()) {
            Database database = DatabaseFactory.getInstance()
                .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            configure(database, liquibase);
            ChangeLogHistoryService history = ChangeLogHistoryServiceFactory.getInstance().getChangeLogService(database);
            if (!(history instanceof StandardChangeLogHistoryService standard) || standard.hasDatabaseChangeLogTable()) {
                return;
            }
            LockService lock = LockServiceFactory.getInstance().getLockService(database);
            lock.waitForLock();
            try {
                history.init();
            }
            finally {
                lock.releaseLock();
            }
        }
        catch (SQLException | LiquibaseException | RuntimeException ex) {
            // Liquibase runs next and reports the same database problem in its own words.
            logger.debug("Could not prepare Liquibase's tables ahead of Liquibase", ex);
        }
    }

    private static void configure(Database database, SpringLiquibase liquibase) throws LiquibaseException {
        if (liquibase.getDefaultSchema() != null) {
            database.setDefaultSchemaName(liquibase.getDefaultSchema());
        }
        if (liquibase.getLiquibaseSchema() != null) {
            database.setLiquibaseSchemaName(liquibase.getLiquibaseSchema());
        }
        if (liquibase.getLiquibaseTablespace() != null) {
            database.setLiquibaseTablespaceName(liquibase.getLiquibaseTablespace());
        }
        if (liquibase.getDatabaseChangeLogTable() != null) {
            database.setDatabaseChangeLogTableName(liquibase.getDatabaseChangeLogTable());
        }
        if (liquibase.getDatabaseChangeLogLockTable() != null) {
            database.setDatabaseChangeLogLockTableName(liquibase.getDatabaseChangeLogLockTable());
        }
    }

}
