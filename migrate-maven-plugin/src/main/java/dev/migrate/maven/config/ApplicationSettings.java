package dev.migrate.maven.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * The application's configuration as Spring Boot itself would load it, read from the project's sources without
 * starting the application: {@code application.properties} and {@code application.yml} (with their profile variants)
 * in {@code src/main/resources}, {@code src/main/resources/config}, the project folder and its {@code config/}
 * folder, the profiles given here or by {@code spring.profiles.active}, environment variables, system properties and
 * {@code ${...}} placeholders. The files are loaded by Spring Boot's own config-data loading, so they mean what they
 * mean to the application.
 */
public final class ApplicationSettings {

    private static final String CONFIG_LOCATION = "spring.config.location";

    private final ConfigurableEnvironment environment;

    private ApplicationSettings(ConfigurableEnvironment environment) {
        this.environment = environment;
    }

    /**
     * Loads the configuration of the project in {@code basedir}.
     * @param profiles profiles to activate besides those the configuration itself activates
     * @throws UnresolvedSettingException when a configuration file cannot be read
     */
    public static ApplicationSettings load(Path basedir, Collection<String> profiles) {
        StandardEnvironment environment = new StandardEnvironment();
        // Boot's default locations, with the class path root replaced by the folder it is built from.
        Path resources = basedir.resolve("src/main/resources");
        String locations = String.join(",", "optional:" + folder(resources), "optional:" + folder(resources.resolve("config")),
                "optional:" + folder(basedir), "optional:" + folder(basedir.resolve("config")));
        environment.getPropertySources()
            .addLast(new MapPropertySource("migrate-plugin-config-locations", Map.of(CONFIG_LOCATION, locations)));
        DefaultResourceLoader resourceLoader = new DefaultResourceLoader(ApplicationSettings.class.getClassLoader());
        try {
            ConfigDataEnvironmentPostProcessor.applyTo(environment, resourceLoader, new DefaultBootstrapContext(),
                    profiles);
        }
        catch (RuntimeException ex) {
            throw new UnresolvedSettingException("Cannot load the application's configuration from " + resources
                    + " or " + basedir.resolve("config") + ": " + ex.getMessage(),
                    "Correct the file the error names (application.properties or .yml, or what its "
                            + "spring.config.import brings in): the goal reads the same files as the application.", ex);
        }
        environment.getPropertySources().remove("migrate-plugin-config-locations");
        ConfigurationPropertySources.attach(environment);
        return new ApplicationSettings(environment);
    }

    private static String folder(Path folder) {
        return "file:" + folder.toAbsolutePath().normalize() + "/";
    }

    /**
     * The setting's value with its placeholders resolved, or empty when it is not set or blank. Relaxed names work as
     * in the application ({@code migrate.dev.source-dir}, {@code MIGRATE_DEV_SOURCEDIR}).
     * @throws UnresolvedSettingException naming the setting when a placeholder in it cannot be resolved
     */
    public Optional<String> get(String name) {
        try {
            return Optional.ofNullable(this.environment.getProperty(name))
                .map(String::strip)
                .filter((value) -> !value.isEmpty());
        }
        catch (IllegalArgumentException ex) {
            throw new UnresolvedSettingException("The application's setting " + name + " cannot be resolved: "
                    + ex.getMessage() + ".", "Define the missing value (in application.properties/.yml, an "
                    + "environment variable or -D on the command line), or pass the setting to the goal directly.", ex);
        }
    }

    /**
     * Every setting whose name starts with {@code prefix}, with the prefix removed and placeholders resolved, as
     * written in the configuration files (such as {@code spring.jpa.properties.}).
     * @throws UnresolvedSettingException naming the first setting whose placeholder cannot be resolved
     */
    public Map<String, String> withPrefix(String prefix) {
        Map<String, String> found = new TreeMap<>();
        for (String name : names()) {
            if (name.startsWith(prefix) && name.length() > prefix.length()) {
                get(name).ifPresent((value) -> found.putIfAbsent(name.substring(prefix.length()), value));
            }
        }
        return found;
    }

    /** The active profiles, as the application would see them. */
    public List<String> activeProfiles() {
        return List.of(this.environment.getActiveProfiles());
    }

    /** The configuration files that were read, most important first. */
    public List<String> sources() {
        List<String> sources = new ArrayList<>();
        for (PropertySource<?> source : this.environment.getPropertySources()) {
            if (source.getName().startsWith("Config resource")) {
                sources.add(source.getName());
            }
        }
        return sources;
    }

    private List<String> names() {
        List<String> names = new ArrayList<>();
        for (PropertySource<?> source : this.environment.getPropertySources()) {
            if (source instanceof EnumerablePropertySource<?> enumerable
                    && !StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME.equals(source.getName())
                    && !ConfigurationPropertySources.isAttachedConfigurationPropertySource(source)) {
                names.addAll(List.of(enumerable.getPropertyNames()));
            }
        }
        return names;
    }

}
