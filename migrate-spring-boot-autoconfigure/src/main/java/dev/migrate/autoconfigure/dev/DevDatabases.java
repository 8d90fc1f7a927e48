package dev.migrate.autoconfigure.dev;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;

import javax.sql.DataSource;

import dev.migrate.autoconfigure.MigrateProperties;
import dev.migrate.dialect.Dialects;
import dev.migrate.dialect.UnsupportedDatabaseException;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The database a diff works in: {@code migrate.dev.url} when set, else the application's own DataSource when a
 * registered {@link dev.migrate.dialect.Dialect} handles it. The diff only ever creates and drops {@code migrate_*} scratch schemas there
 * (scratch databases where a schema is a database), so the application's own database is a safe default.
 */
public final class DevDatabases {

    private DevDatabases() {
    }

    /**
     * @param applicationDataSource the application's DataSource, or {@code null} when it has none
     */
    public static DataSource resolve(MigrateProperties.Dev dev, Supplier<DataSource> applicationDataSource) {
        if (isSet(dev)) {
            return configured(dev);
        }
        DataSource dataSource = applicationDataSource.get();
        if (dataSource == null) {
            throw unsupported("The application has no DataSource");
        }
        String product = productName(dataSource);
        try {
            Dialects.forProduct(product);
        }
        catch (UnsupportedDatabaseException ex) {
            throw unsupported("The application's database is " + product);
        }
        return dataSource;
    }

    /** Whether {@code migrate.dev.url} names a dev database of its own. */
    public static boolean isSet(MigrateProperties.Dev dev) {
        return dev.getUrl() != null && !dev.getUrl().isBlank();
    }

    /** The database {@code migrate.dev.url} names, with its credentials. */
    public static DataSource configured(MigrateProperties.Dev dev) {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(dev.getUrl());
        dataSource.setUsername(dev.getUsername());
        dataSource.setPassword(dev.getPassword());
        return dataSource;
    }

    private static String productName(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        }
        catch (SQLException ex) {
            throw new MigrationDiffException("Cannot connect to the database to diff the entities in: "
                    + ex.getMessage(), "Start the database, or point migrate.dev.url at one of a supported kind ("
                    + Dialects.supportedNames() + ").", ex);
        }
    }

    private static MigrationDiffException unsupported(String what) {
        return new MigrationDiffException(what + ", but generating a migration from the entities replays the "
                + "migration directory on " + Dialects.supportedNames() + ".",
                "Set migrate.dev.url (with migrate.dev.username and migrate.dev.password) to a database of the kind the migrations are written for ("
                + Dialects.supportedUrlPrefixes() + "); the diff only creates and drops migrate_* scratch schemas "
                + "there.", null);
    }

}
