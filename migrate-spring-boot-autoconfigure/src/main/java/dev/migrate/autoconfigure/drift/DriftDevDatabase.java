package dev.migrate.autoconfigure.drift;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import dev.migrate.autoconfigure.MigrateProperties;
import dev.migrate.autoconfigure.dev.DevDatabases;
import dev.migrate.h2.H2;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Where drift builds the entities' schema: {@code migrate.dev.url} when set; else the application's database when it
 * is PostgreSQL, where the schema only ever exists in a transaction that is rolled back; else, for H2, whose DDL
 * commits at once, a private in-memory database, so the live H2 database never sees a scratch schema.
 */
final class DriftDevDatabase {

    private DriftDevDatabase() {
    }

    static DataSource resolve(MigrateProperties.Dev dev, DataSource live) {
        DataSource resolved = DevDatabases.resolve(dev, () -> live);
        return resolved == live && isH2(live) ? new DriverManagerDataSource(H2.devDatabaseUrl()) : resolved;
    }

    private static boolean isH2(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return "H2".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
        }
        catch (SQLException ex) {
            throw new IllegalStateException("Cannot connect to the database: " + ex.getMessage(), ex);
        }
    }

}
