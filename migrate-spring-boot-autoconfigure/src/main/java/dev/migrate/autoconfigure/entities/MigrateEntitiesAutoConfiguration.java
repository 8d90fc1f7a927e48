package dev.migrate.autoconfigure.entities;

import dev.migrate.autoconfigure.MigrateAutoConfiguration;
import dev.migrate.autoconfigure.dev.MigrationDiffConfiguration;
import dev.migrate.autoconfigure.directory.MigrationDirectorySnapshot;
import dev.migrate.autoconfigure.drift.EntityDriftConfiguration;
import dev.migrate.hibernate.EntitySchemaScript;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.hibernate.autoconfigure.HibernateProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.jpa.autoconfigure.JpaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.orm.jpa.persistenceunit.PersistenceManagedTypes;

/**
 * The application's JPA entities as the desired schema, for generating migrations (dev auto-diff,
 * {@code --migrate.diff}) and for reporting drift. Needs Hibernate through Boot's JPA auto-configuration.
 */
@AutoConfiguration(after = MigrateAutoConfiguration.class,
        afterName = "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration")
@ConditionalOnClass({ EntitySchemaScript.class, HibernateProperties.class, JpaProperties.class,
        PersistenceManagedTypes.class, DriverManagerDataSource.class })
@ConditionalOnBean({ MigrationDirectorySnapshot.class, PersistenceManagedTypes.class, HibernateProperties.class,
        JpaProperties.class })
@Import({ MigrationDiffConfiguration.class, EntityDriftConfiguration.class })
public final class MigrateEntitiesAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ApplicationEntities migrateApplicationEntities(PersistenceManagedTypes managedTypes, JpaProperties jpaProperties,
            HibernateProperties hibernateProperties, ObjectProvider<HibernatePropertiesCustomizer> customizers,
            ResourceLoader resourceLoader) {
        return new ApplicationEntities(managedTypes, jpaProperties, hibernateProperties,
                customizers.orderedStream().toList(), resourceLoader.getClassLoader());
    }

}
