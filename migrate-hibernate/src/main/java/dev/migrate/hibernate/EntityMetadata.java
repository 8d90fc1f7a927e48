package dev.migrate.hibernate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.MetadataImplementor;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.JdbcSettings;
import org.hibernate.cfg.MappingSettings;
import org.hibernate.cfg.SchemaToolingSettings;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.service.ServiceRegistry;

/**
 * Hibernate's boot model of the entities ({@link Metadata}) together with the services that render it as SQL for one
 * dialect. Either built here from an {@link EntityModel} without any database connection, or captured from a running
 * EntityManagerFactory by {@link MetadataCapture}. Close it to release what it built; a captured one belongs to its
 * EntityManagerFactory and closing it does nothing.
 */
public final class EntityMetadata implements AutoCloseable {

    private final Metadata metadata;
    private final ServiceRegistry serviceRegistry;
    private final StandardServiceRegistry ownedRegistry;

    private EntityMetadata(Metadata metadata, ServiceRegistry serviceRegistry, StandardServiceRegistry ownedRegistry) {
        this.metadata = metadata;
        this.serviceRegistry = serviceRegistry;
        this.ownedRegistry = ownedRegistry;
    }

    /**
     * Maps the model as the application's EntityManagerFactory would, for the settings' dialect. No connection is
     * opened: JDBC metadata access is switched off, so the dialect and its version come from the settings alone.
     */
    public static EntityMetadata build(EntityModel model, HibernateSettings settings) {
        BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder()
            .applyClassLoader(model.classLoader())
            .build();
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder(bootstrap)
            .applySettings(configuration(settings))
            .build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            model.classes().forEach(sources::addAnnotatedClass);
            return new EntityMetadata(sources.buildMetadata(), registry, registry).orderColumns();
        }
        catch (RuntimeException ex) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw new IllegalStateException("Hibernate cannot map the entities with " + settings + ": "
                    + ex.getMessage() + ". The application would fail to start the same way; fix the mapping.", ex);
        }
    }

    /**
     * Orders the columns (of tables, and of multi-column primary keys such as a join table's) as a SessionFactory
     * with ddl-auto=create does before it creates the schema; the same order makes a ddl-auto schema ours.
     */
    EntityMetadata orderColumns() {
        if (this.metadata instanceof MetadataImplementor implementor) {
            implementor.orderColumns(true);
        }
        return this;
    }

    /** Metadata of a running EntityManagerFactory, rendered with that factory's own services. */
    static EntityMetadata captured(Metadata metadata, ServiceRegistry serviceRegistry) {
        return new EntityMetadata(metadata, serviceRegistry, null);
    }

    private static Map<String, Object> configuration(HibernateSettings settings) {
        Map<String, Object> configuration = new HashMap<>(settings.properties());
        // The typed settings win over properties: an application's H2 dialect must not leak into a PostgreSQL diff.
        configuration.put(JdbcSettings.DIALECT, ExplicitDialects.of(settings.dialect()));
        configuration.put(JdbcSettings.CONNECTION_PROVIDER, new NoConnections());
        configuration.put(MappingSettings.PHYSICAL_NAMING_STRATEGY, settings.physicalNamingStrategy());
        configuration.put(MappingSettings.IMPLICIT_NAMING_STRATEGY, settings.implicitNamingStrategy());
        configuration.put(JdbcSettings.ALLOW_METADATA_ON_BOOT, false);
        // Building the model must never act on a database, whatever the application's own settings say.
        configuration.remove(SchemaToolingSettings.HBM2DDL_AUTO);
        configuration.remove(SchemaToolingSettings.JAKARTA_HBM2DDL_DATABASE_ACTION);
        configuration.remove(SchemaToolingSettings.JAKARTA_HBM2DDL_SCRIPTS_ACTION);
        return configuration;
    }

    /**
     * The schemas (or catalogs) the mapping names explicitly, through {@code @Table(schema = ...)},
     * {@code @SequenceGenerator(schema = ...)} or {@code hibernate.default_schema}; empty when every object lives in
     * the connection's default schema.
     */
    public Set<String> explicitSchemas() {
        Set<String> names = new TreeSet<>();
        for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
            boolean used = !namespace.getTables().isEmpty() || namespace.getSequences().iterator().hasNext();
            Namespace.Name name = namespace.getPhysicalName();
            if (used && name.schema() != null) {
                names.add(name.schema().getText());
            }
            if (used && name.catalog() != null) {
                names.add(name.catalog().getText());
            }
        }
        Map<String, Object> settings = serviceRegistry.requireService(ConfigurationService.class).getSettings();
        for (String setting : List.of(MappingSettings.DEFAULT_SCHEMA, MappingSettings.DEFAULT_CATALOG)) {
            Object value = settings.get(setting);
            if (value != null && !value.toString().isBlank()) {
                names.add(value.toString());
            }
        }
        return names;
    }

    public Metadata metadata() {
        return metadata;
    }

    public ServiceRegistry serviceRegistry() {
        return serviceRegistry;
    }

    @Override
    public void close() {
        if (ownedRegistry != null) {
            StandardServiceRegistryBuilder.destroy(ownedRegistry);
        }
    }

}
