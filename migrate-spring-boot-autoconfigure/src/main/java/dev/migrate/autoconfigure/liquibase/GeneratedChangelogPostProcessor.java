package dev.migrate.autoconfigure.liquibase;

import dev.migrate.autoconfigure.directory.MigrationDirectorySnapshot;
import dev.migrate.dir.MigrationFormat;
import liquibase.integration.spring.SpringLiquibase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;

/**
 * Points Liquibase at a changelog generated from the migration directory when the application has no changelog of
 * its own: {@code spring.liquibase.change-log} is not set and Boot's default changelog does not exist. A changelog
 * of the application's is left alone.
 */
class GeneratedChangelogPostProcessor implements BeanPostProcessor {

    private static final Logger logger = LoggerFactory.getLogger(GeneratedChangelogPostProcessor.class);

    static final String CHANGE_LOG_PROPERTY = "spring.liquibase.change-log";

    static final String BOOT_DEFAULT_CHANGE_LOG = "classpath:/db/changelog/db.changelog-master.yaml";

    private final Environment environment;

    private final ObjectProvider<MigrationDirectorySnapshot> directory;

    GeneratedChangelogPostProcessor(Environment environment, ObjectProvider<MigrationDirectorySnapshot> directory) {
        this.environment = environment;
        this.directory = directory;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof SpringLiquibase liquibase) {
            MigrationDirectorySnapshot snapshot = this.directory.getIfAvailable();
            if (snapshot != null && shouldSupplyChangelog(liquibase, snapshot)) {
                supplyChangelog(liquibase, snapshot);
            }
        }
        return bean;
    }

    private boolean shouldSupplyChangelog(SpringLiquibase liquibase, MigrationDirectorySnapshot snapshot) {
        if (snapshot.format() != MigrationFormat.LIQUIBASE || !snapshot.exists()
                || this.environment.containsProperty(CHANGE_LOG_PROPERTY)) {
            return false;
        }
        if (!BOOT_DEFAULT_CHANGE_LOG.equals(liquibase.getChangeLog())) {
            return false;
        }
        ResourceLoader resourceLoader = liquibase.getResourceLoader();
        return resourceLoader == null || !resourceLoader.getResource(BOOT_DEFAULT_CHANGE_LOG).exists();
    }

    private void supplyChangelog(SpringLiquibase liquibase, MigrationDirectorySnapshot snapshot) {
        byte[] changelog = GeneratedChangelog.render(snapshot.location(), snapshot.migrations());
        liquibase.setResourceLoader(new GeneratedChangelogResourceLoader(liquibase.getResourceLoader(), changelog));
        liquibase.setChangeLog(GeneratedChangelog.LOCATION);
        logger.info("Liquibase applies the {} migrations of {} in version order (the application has no changelog "
                + "of its own at {})", snapshot.migrations().size(), snapshot.location(), CHANGE_LOG_PROPERTY);
    }

}
