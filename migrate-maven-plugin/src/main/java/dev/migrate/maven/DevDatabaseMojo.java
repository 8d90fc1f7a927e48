package dev.migrate.maven;

import java.util.Optional;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What the goals that work on a dev database share: the {@code migrate.devUrl}, {@code migrate.devUser} and
 * {@code migrate.devPassword} parameters, which fall back to the application's own settings.
 */
abstract class DevDatabaseMojo extends DirectoryMojo {

    /**
     * JDBC URL of the dev database: PostgreSQL, e.g. {@code jdbc:postgresql://localhost:5432/dev}, MySQL or MariaDB,
     * or H2, e.g. {@code jdbc:h2:mem:} (a private in-memory database for the run); by default the application's
     * {@code migrate.dev.url} (likewise {@code migrate.dev.username} and {@code migrate.dev.password}), else its
     * {@code spring.datasource.url} when that is a supported database.
     */
    @Parameter(property = "migrate.devUrl")
    private String devUrl;

    @Parameter(property = "migrate.devUser")
    private String devUser;

    @Parameter(property = "migrate.devPassword")
    private String devPassword;

    /** The dev database given or configured; fails the build with how to name one when there is none. */
    protected final DevDatabaseSettings devDatabase() throws MojoFailureException {
        return DevDatabaseSettings.resolve(devUrl, devUser, devPassword, application());
    }

    /** The dev database given or configured, if any. */
    protected final Optional<DevDatabaseSettings> findDevDatabase() {
        return DevDatabaseSettings.find(devUrl, devUser, devPassword, application());
    }

}
