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
 * What a Spring Boot application declares in {@code application.properties} that {@code migrate:diff} needs: the
 * Hibernate settings ({@code spring.jpa.hibernate.naming.physical-strategy},
 * {@code spring.jpa.hibernate.naming.implicit-strategy} and every {@code spring.jpa.properties.*} entry), so the
 * entities are mapped as the application maps them without starting it, and the starter's dev database
 * ({@code migrate.dev.url}, {@code migrate.dev.username}, {@code migrate.dev.password}). Read as a plain properties
 * file: profiles, placeholders and YAML are not resolved.
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

    Optional<String> devUrl() {
        return value("migrate.dev.url");
    }

    Optional<String> devUsername() {
        return value("migrate.dev.username");
    }

    Optional<String> devPassword() {
        return value("migrate.dev.password");
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
