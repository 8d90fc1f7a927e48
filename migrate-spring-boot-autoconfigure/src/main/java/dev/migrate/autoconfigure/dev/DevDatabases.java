package dev.migrate.autoconfigure.dev;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;

import javax.sql.DataSource;

import dev.migrate.autoconfigure.MigrateProperties;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The database a diff works in: {@code migrate.dev.url} when set, else the application's own DataSource when it is
 * PostgreSQL or H2 (the dialects the diff knows). The diff only ever creates and drops {@code migrate_*} scratch schemas there, so the
 * application's own database is a safe default.
 */
public final class DevDatabases {

    private DevDatabases() {
    }

    /**
     * @param applicationDataSource the application's DataSource, or {@code null} when it has none
     */
    public static DataSource resolve(MigrateProperties.Dev dev, Supplier<DataSource> applicationDataSource) {
        if (dev.getUrl() != null && !dev.getUrl().isBlank()) {
            DriverManagerDataSource dataSource = new DriverManagerDataSource(dev.getUrl());
            dataSource.setUsername(dev.getUsername());
            dataSource.setPassword(dev.getPassword());
            return dataSource;
        }
        DataSource dataSource = applicationDataSource.get();
        if (dataSource == null) {
            throw unsupported("The application has no DataSource");
        }
        String product = productName(dataSource);
        if (!"PostgreSQL".equalsIgnoreCase(product) && !"H2".equalsIgnoreCase(product)) {
            throw unsupported("The application's database is " + product);
        }
        return dataSource;
    }

    private static String productName(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        }
        catch (SQLException ex) {
            throw new MigrationDiffException("Cannot connect to the database to diff the entities in: "
                    + ex.getMessage(), "Start the database, or point migrate.dev.url at a PostgreSQL server.", ex);
        }
    }

    private static MigrationDiffException unsupported(String what) {
        return new MigrationDiffException(what + ", but generating a migration from the entities replays the "
                + "migration directory on PostgreSQL or H2.", "Set migrate.dev.url (with migrate.dev.username and "
                + "migrate.dev.password) to a PostgreSQL or H2 database of the same kind the migrations are written "
                + "for; the diff only creates and drops migrate_* scratch schemas there.", null);
    }

}
