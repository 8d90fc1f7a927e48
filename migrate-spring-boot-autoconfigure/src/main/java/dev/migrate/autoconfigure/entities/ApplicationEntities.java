package dev.migrate.autoconfigure.entities;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.migrate.dialect.Dialect;
import dev.migrate.hibernate.EntityModel;
import dev.migrate.hibernate.EntitySchemaScript;
import dev.migrate.hibernate.HibernateSettings;

import org.springframework.boot.hibernate.autoconfigure.HibernateProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.jpa.autoconfigure.JpaProperties;
import org.springframework.orm.jpa.persistenceunit.PersistenceManagedTypes;
import org.springframework.util.ClassUtils;

/**
 * The application's entities as its EntityManagerFactory maps them: the same managed types (entity scan), the same
 * naming strategies and {@code spring.jpa.*} settings, resolved the way Boot resolves them for the factory.
 *
 * <p>The metadata is built independently rather than captured from the EntityManagerFactory, because the factory
 * depends on Liquibase and Flyway (they must create the schema it validates), while the dev diff must run before
 * them: waiting for the factory would mean running after the executor.
 */
public final class ApplicationEntities {

    private final PersistenceManagedTypes managedTypes;

    private final JpaProperties jpaProperties;

    private final HibernateProperties hibernateProperties;

    private final List<HibernatePropertiesCustomizer> customizers;

    private final ClassLoader classLoader;

    /** Create scripts by dialect id and settings: the entities do not change while the application runs. */
    private final Map<String, List<String>> scripts = new ConcurrentHashMap<>();

    public ApplicationEntities(PersistenceManagedTypes managedTypes, JpaProperties jpaProperties,
            HibernateProperties hibernateProperties, List<HibernatePropertiesCustomizer> customizers,
            ClassLoader classLoader) {
        this.managedTypes = managedTypes;
        this.jpaProperties = jpaProperties;
        this.hibernateProperties = hibernateProperties;
        this.customizers = customizers;
        this.classLoader = classLoader;
    }

    /** The number of managed classes (entities, embeddables, converters). */
    public int size() {
        return this.managedTypes.getManagedClassNames().size();
    }

    /**
     * A hash of everything the create script is made of (the class files of the managed types and of their packages,
     * the resolved Hibernate settings), computed without building Hibernate's mapping or loading a class: equal
     * fingerprints mean equal create scripts, so an unchanged dev start can skip the diff.
     */
    public String fingerprint() {
        HibernateSettings settings = settings("");
        return EntityClassFingerprint.of(this.managedTypes.getManagedClassNames(), this.classLoader,
                EntityClassFingerprint.settings(settings.physicalNamingStrategy(), settings.implicitNamingStrategy(),
                        settings.properties()));
    }

    /**
     * Hibernate's create script of the entities for the database a dialect describes (with the Hibernate dialect it
     * names), unqualified so that it runs inside one scratch schema.
     */
    public List<String> createScript(Dialect dialect) {
        return this.scripts.computeIfAbsent(dialect.id() + dialect.hibernateProperties(),
                (key) -> EntitySchemaScript.createUnqualified(model(), settings(dialect)));
    }

    EntityModel model() {
        List<Class<?>> classes = new ArrayList<>();
        for (String name : this.managedTypes.getManagedClassNames()) {
            classes.add(ClassUtils.resolveClassName(name, this.classLoader));
        }
        if (classes.isEmpty()) {
            throw new IllegalStateException("The application has no JPA entities: there is nothing to diff.");
        }
        return EntityModel.of(classes, this.classLoader);
    }

    HibernateSettings settings(Dialect dialect) {
        HibernateSettings settings = settings(dialect.hibernateDialect());
        Map<String, Object> merged = new LinkedHashMap<>(dialect.hibernateProperties());
        merged.putAll(settings.properties());
        return settings.withProperties(merged);
    }

    HibernateSettings settings(String dialect) {
        Map<String, Object> resolved = this.hibernateProperties.determineHibernateProperties(
                this.jpaProperties.getProperties(),
                new org.springframework.boot.hibernate.autoconfigure.HibernateSettings().ddlAuto(() -> "none")
                    .hibernatePropertiesCustomizers(this.customizers));
        HibernateSettings settings = HibernateSettings.forDialect(dialect);
        Map<String, Object> plain = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : resolved.entrySet()) {
            Object value = entry.getValue();
            switch (entry.getKey()) {
                case "hibernate.physical_naming_strategy" ->
                    settings = settings.withPhysicalNamingStrategy(className(value));
                case "hibernate.implicit_naming_strategy" ->
                    settings = settings.withImplicitNamingStrategy(className(value));
                default -> {
                    // Beans (a bean container, a JTA platform) belong to the running factory, not to a model.
                    if (value instanceof String || value instanceof Number || value instanceof Boolean) {
                        plain.put(entry.getKey(), value);
                    }
                }
            }
        }
        return settings.withProperties(plain);
    }

    private static String className(Object value) {
        if (value instanceof Class<?> type) {
            return type.getName();
        }
        return (value instanceof String name) ? name : value.getClass().getName();
    }

}
