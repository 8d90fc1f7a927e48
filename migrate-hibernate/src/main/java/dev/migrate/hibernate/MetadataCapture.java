package dev.migrate.hibernate;

import java.util.List;
import java.util.Optional;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;

/**
 * Keeps the {@link Metadata} of the EntityManagerFactory it is registered with, so the desired schema is exactly what
 * the running application mapped (its naming strategies, dialect and type contributions included). Register it
 * through {@code hibernate.integrator_provider} with {@link #integratorProvider()}; the starter does so from a
 * {@code HibernatePropertiesCustomizer}.
 */
public final class MetadataCapture implements Integrator {

    /** The setting that registers an {@link IntegratorProvider} with a JPA bootstrap. */
    public static final String INTEGRATOR_PROVIDER_SETTING = "hibernate.integrator_provider";

    private volatile EntityMetadata captured;

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
            SessionFactoryImplementor sessionFactory) {
        captured = EntityMetadata.captured(metadata, sessionFactory.getServiceRegistry());
    }

    /** The value for {@link #INTEGRATOR_PROVIDER_SETTING}. */
    public IntegratorProvider integratorProvider() {
        return () -> List.of(this);
    }

    /** The captured metadata; empty until the EntityManagerFactory has been built. */
    public Optional<EntityMetadata> metadata() {
        // Rendered as a ddl-auto=create factory would create it, as EntityMetadata.build does. A factory without
        // a create action left its columns unordered; ordering the boot model now (the runtime model is built
        // already) only changes how it renders. Ordering is idempotent.
        return Optional.ofNullable(captured).map(EntityMetadata::orderColumns);
    }

}
