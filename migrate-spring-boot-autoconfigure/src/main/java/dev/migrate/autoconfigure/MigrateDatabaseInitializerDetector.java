package dev.migrate.autoconfigure;

import java.util.Set;

import dev.migrate.autoconfigure.dev.MigrationDiffRunner;
import dev.migrate.autoconfigure.integrity.IntegrityGate;
import dev.migrate.autoconfigure.status.OutOfOrderGuard;

import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;
import org.springframework.core.Ordered;

/**
 * Declares the starter's startup checks to be database initializers that come before all others, so that
 * Liquibase, Flyway, {@code spring.sql.init} and the EntityManagerFactory depend on them.
 */
class MigrateDatabaseInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

    @Override
    protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
        return Set.of(IntegrityGate.class, OutOfOrderGuard.class, MigrationDiffRunner.class);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

}
