package dev.migrate.autoconfigure.drift;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import dev.migrate.autoconfigure.MigrateProperties;
import dev.migrate.autoconfigure.dev.DevDatabases;
import dev.migrate.dialect.Dialect;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Where drift builds the entities' schema: {@code migrate.dev.url} when set; else a private database the live
 * database's dialect makes without a server (an in-memory one, for a database whose DDL commits at once); else the
 * application's database when its DDL is transactional, where the schema only ever exists in a transaction that is
 * rolled back. A database that has neither needs {@code migrate.dev.url}: drift never creates anything next to the
 * live data.
 */
final class DriftDevDatabase {

    private DriftDevDatabase() {
    }

    static DataSource resolve(MigrateProperties.Dev dev, DataSource live) {
        if (DevDatabases.isSet(dev)) {
            return DevDatabases.configured(dev);
        }
        DataSource resolved = DevDatabases.resolve(dev, () -> live);
        try (Connection connection = resolved.getConnection()) {
            Dialect dialect = Dialect.of(connection);
            Optional<String> privateUrl = dialect.privateDevDatabaseUrl(connection);
            if (privateUrl.isPresent()) {
                return new DriverManagerDataSource(privateUrl.get());
            }
            if (dialect.transactionalDdl()) {
                return live;
            }
            throw new IllegalStateException("Drift needs migrate.dev.url on " + dialect.name() + ": its DDL commits at "
                    + "once, so building the entities' schema would leave scratch databases on the live server. Set "
                    + "migrate.dev.url (with migrate.dev.username and migrate.dev.password) to a " + dialect.name()
                    + " server where migrate may create and drop migrate_* databases; it may be the same server "
                    + "with a user that has that privilege.");
        }
        catch (SQLException ex) {
            throw new IllegalStateException("Cannot connect to the database: " + ex.getMessage(), ex);
        }
    }

}
