package dev.migrate.maven;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The Hibernate settings a Spring Boot application declares in {@code application.properties}:
 * {@code spring.jpa.hibernate.naming.physical-strategy}, {@code spring.jpa.hibernate.naming.implicit-strategy} and
 * every {@code spring.jpa.properties.*} entry, so that {@code migrate:diff} maps the entities as the application does
 * without starting it. Read as a plain properties file: profiles, placeholders and YAML are not resolved.
 */
final class SpringJpaProperties {

    static final String PHYSICAL_STRATEGY = "spring.jpa.hibernate.naming.physical-strategy";

    static final String IMPLICIT_STRATEGY = "spring.jpa.hibernate.naming.implicit-strategy";

    static final String PROPERTIES_PREFIX = "spring.jpa.properties.";

    private final Properties properties;

    private SpringJpaProperties(Properties properties) {
        this.properties = properties;
    }

    /** The file's settings, or none when it does not exist. */
    static SpringJpaProperties read(Path file) throws IOException {
        Properties properties = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
                properties.load(reader);
            }
        }
        return new SpringJpaProperties(properties);
    }

    Optional<String> physicalNamingStrategy() {
        return value(PHYSICAL_STRATEGY);
    }

    Optional<String> implicitNamingStrategy() {
        return value(IMPLICIT_STRATEGY);
    }

    /** The {@code spring.jpa.properties.*} entries without their prefix, as Hibernate reads them. */
    Map<String, String> hibernateProperties() {
        Map<String, String> hibernate = new TreeMap<>();
        for (String name : properties.stringPropertyNames()) {
            if (name.startsWith(PROPERTIES_PREFIX)) {
                hibernate.put(name.substring(PROPERTIES_PREFIX.length()), properties.getProperty(name).strip());
            }
        }
        return hibernate;
    }

    private Optional<String> value(String name) {
        return Optional.ofNullable(properties.getProperty(name)).map(String::strip).filter(value -> !value.isEmpty());
    }

}
