package dev.migrate.maven;

import java.util.Map;
import java.util.Optional;

import dev.migrate.maven.config.ApplicationSettings;

/**
 * The Hibernate settings of the application that {@code migrate:diff} maps the entities with, so they are mapped as
 * the application maps them without starting it: {@code spring.jpa.hibernate.naming.physical-strategy},
 * {@code spring.jpa.hibernate.naming.implicit-strategy} and every {@code spring.jpa.properties.*} entry.
 */
final class SpringJpaProperties {

    static final String PHYSICAL_STRATEGY = "spring.jpa.hibernate.naming.physical-strategy";

    static final String IMPLICIT_STRATEGY = "spring.jpa.hibernate.naming.implicit-strategy";

    static final String PROPERTIES_PREFIX = "spring.jpa.properties.";

    private final ApplicationSettings settings;

    SpringJpaProperties(ApplicationSettings settings) {
        this.settings = settings;
    }

    Optional<String> physicalNamingStrategy() {
        return settings.get(PHYSICAL_STRATEGY);
    }

    Optional<String> implicitNamingStrategy() {
        return settings.get(IMPLICIT_STRATEGY);
    }

    /** The {@code spring.jpa.properties.*} entries without their prefix, as Hibernate reads them. */
    Map<String, String> hibernateProperties() {
        return settings.withPrefix(PROPERTIES_PREFIX);
    }

}
