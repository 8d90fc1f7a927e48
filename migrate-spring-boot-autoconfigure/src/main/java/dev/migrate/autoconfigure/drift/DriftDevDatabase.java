package dev.migrate.autoconfigure.drift;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

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

    /** H2 settings that change how DDL and names are read, so the private database takes them from the live one. */
    private static final List<String> COMPATIBILITY = List.of("MODE", "DATABASE_TO_LOWER", "DATABASE_TO_UPPER",
            "CASE_INSENSITIVE_IDENTIFIERS", "NON_KEYWORDS", "DEFAULT_NULL_ORDERING");

    private DriftDevDatabase() {
    }

    static DataSource resolve(MigrateProperties.Dev dev, DataSource live) {
        DataSource resolved = DevDatabases.resolve(dev, () -> live);
        if (resolved != live) {
            return resolved;
        }
        try (Connection connection = live.getConnection()) {
            return "H2".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName())
                    ? new DriverManagerDataSource(privateUrl(connection)) : live;
        }
        catch (SQLException ex) {
            throw new IllegalStateException("Cannot connect to the database: " + ex.getMessage(), ex);
        }
    }

    /** A new private in-memory database with the live database's compatibility settings. */
    private static String privateUrl(Connection live) throws SQLException {
        StringBuilder url = new StringBuilder(H2.devDatabaseUrl());
        try (PreparedStatement query = live.prepareStatement(
                "select setting_value from information_schema.settings where setting_name = ?")) {
            for (String setting : COMPATIBILITY) {
                query.setString(1, setting);
                try (ResultSet row = query.executeQuery()) {
                    if (row.next() && row.getString(1) != null && !row.getString(1).isEmpty()) {
                        url.append(';').append(setting).append('=').append(row.getString(1));
                    }
                }
            }
        }
        return url.toString();
    }

}
