package dev.migrate.hibernate;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The Hibernate settings that shape the desired schema: dialect, naming strategies and any further
 * {@code hibernate.*} / {@code jakarta.persistence.*} properties. Class names are plain strings so that this module
 * stays free of Spring: the starter passes Spring Boot's resolved values, which by default are
 * {@code org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl} (physical) and
 * {@code org.springframework.boot.hibernate.SpringImplicitNamingStrategy} (implicit), plus every
 * {@code spring.jpa.properties.*} entry through {@link #withProperty(String, Object)}.
 *
 * <p>Without Spring on the class path the defaults are Hibernate's snake-case physical strategy (what Boot uses) and
 * the JPA-compliant implicit strategy. The latter differs from Boot's in one respect: Boot names an implicit join
 * table {@code <owning table>_<attribute>}, JPA {@code <owning entity>_<target entity>}.
 */
public final class HibernateSettings {

    public static final String POSTGRESQL_DIALECT = "org.hibernate.dialect.PostgreSQLDialect";

    public static final String H2_DIALECT = "org.hibernate.dialect.H2Dialect";

    public static final String DEFAULT_PHYSICAL_NAMING_STRATEGY =
            "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl";

    public static final String DEFAULT_IMPLICIT_NAMING_STRATEGY =
            "org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl";

    private final String dialect;
    private final String physicalNamingStrategy;
    private final String implicitNamingStrategy;
    private final Map<String, Object> properties;

    private HibernateSettings(String dialect, String physicalNamingStrategy, String implicitNamingStrategy,
            Map<String, Object> properties) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.physicalNamingStrategy = Objects.requireNonNull(physicalNamingStrategy, "physicalNamingStrategy");
        this.implicitNamingStrategy = Objects.requireNonNull(implicitNamingStrategy, "implicitNamingStrategy");
        this.properties = Map.copyOf(properties);
    }

    /** Settings for a dialect, given as a class name such as {@link #POSTGRESQL_DIALECT}, with default naming. */
    public static HibernateSettings forDialect(String dialect) {
        return new HibernateSettings(dialect, DEFAULT_PHYSICAL_NAMING_STRATEGY, DEFAULT_IMPLICIT_NAMING_STRATEGY,
                Map.of());
    }

    public static HibernateSettings postgresql() {
        return forDialect(POSTGRESQL_DIALECT);
    }

    public static HibernateSettings h2() {
        return forDialect(H2_DIALECT);
    }

    /** A physical naming strategy class name (a {@code PhysicalNamingStrategy} with a no-argument constructor). */
    public HibernateSettings withPhysicalNamingStrategy(String className) {
        return new HibernateSettings(dialect, className, implicitNamingStrategy, properties);
    }

    /** An implicit naming strategy class name (an {@code ImplicitNamingStrategy} with a no-argument constructor). */
    public HibernateSettings withImplicitNamingStrategy(String className) {
        return new HibernateSettings(dialect, physicalNamingStrategy, className, properties);
    }

    /**
     * Any further Hibernate or JPA property, as the application's EntityManagerFactory gets it; for example
     * {@code jakarta.persistence.database-product-version} to generate for a given server version. Dialect and naming
     * strategies are always those of this object's typed settings, whatever the properties say.
     */
    public HibernateSettings withProperty(String name, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(properties);
        more.put(name, value);
        return new HibernateSettings(dialect, physicalNamingStrategy, implicitNamingStrategy, more);
    }

    public HibernateSettings withProperties(Map<String, ?> more) {
        Map<String, Object> all = new LinkedHashMap<>(properties);
        all.putAll(more);
        return new HibernateSettings(dialect, physicalNamingStrategy, implicitNamingStrategy, all);
    }

    public String dialect() {
        return dialect;
    }

    public String physicalNamingStrategy() {
        return physicalNamingStrategy;
    }

    public String implicitNamingStrategy() {
        return implicitNamingStrategy;
    }

    /** The extra properties, without dialect and naming strategies. */
    public Map<String, Object> properties() {
        return properties;
    }

    @Override
    public String toString() {
        return "HibernateSettings[dialect=" + dialect + ", physical=" + physicalNamingStrategy + ", implicit="
                + implicitNamingStrategy + ", properties=" + properties.keySet() + "]";
    }

}
