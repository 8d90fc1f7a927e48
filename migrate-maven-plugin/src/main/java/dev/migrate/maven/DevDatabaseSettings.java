package dev.migrate.maven;

import java.util.Optional;

import org.apache.maven.plugin.MojoFailureException;

import dev.migrate.maven.config.ApplicationSettings;

/**
 * The dev database of {@code migrate:diff}: from the goal's parameters, else the application's
 * {@code migrate.dev.url}, else its {@code spring.datasource.url} when that is a database the diff works on (the
 * same choice the starter makes at startup).
 */
record DevDatabaseSettings(String url, String user, String password, String origin) {

    static DevDatabaseSettings resolve(String url, String user, String password, ApplicationSettings application)
            throws MojoFailureException {
        if (present(url)) {
            return new DevDatabaseSettings(url, user, password, "migrate.devUrl");
        }
        Optional<String> devUrl = application.get("migrate.dev.url");
        if (devUrl.isPresent()) {
            return new DevDatabaseSettings(devUrl.get(), or(user, application.get("migrate.dev.username")),
                    or(password, application.get("migrate.dev.password")), "migrate.dev.url");
        }
        Optional<String> dataSourceUrl = application.get("spring.datasource.url");
        if (dataSourceUrl.isPresent() && DevDataSources.supports(dataSourceUrl.get())) {
            return new DevDatabaseSettings(dataSourceUrl.get(), or(user, application.get("spring.datasource.username")),
                    or(password, application.get("spring.datasource.password")), "spring.datasource.url");
        }
        throw new MojoFailureException("No dev database to diff on: the application sets neither migrate.dev.url nor "
                + dataSourceUrl.map((value) -> "a spring.datasource.url the diff works on (it is " + value + ")")
                    .orElse("spring.datasource.url")
                + ". Set migrate.dev.url in application.properties, or pass one, for example "
                + "./mvnw migrate:diff -Dmigrate.devUrl=jdbc:h2:mem: (a private in-memory H2) or "
                + "-Dmigrate.devUrl=jdbc:postgresql://localhost:5432/dev. Only migrate_* scratch schemas are created "
                + "there.");
    }

    /** The dev database when one is given or configured; empty, rather than an error, when none is. */
    static Optional<DevDatabaseSettings> find(String url, String user, String password,
            ApplicationSettings application) {
        try {
            return Optional.of(resolve(url, user, password, application));
        }
        catch (MojoFailureException ex) {
            return Optional.empty();
        }
    }

    private static String or(String given, Optional<String> configured) {
        return present(given) ? given : configured.orElse(null);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

}
