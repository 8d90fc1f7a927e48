package dev.migrate.mysql;

import java.util.Map;

/**
 * MySQL 8.0.19 and later, with MySQL Connector/J. The same driver on a MariaDB server reports "MySQL" too: the
 * inspector then still reads the server as MariaDB, and Hibernate's MySQL dialect writes the entities' script.
 */
public final class MySqlDialect extends MySqlFamilyDialect {

    /** For {@link java.util.ServiceLoader}. */
    public MySqlDialect() {
        this(Map.of());
    }

    private MySqlDialect(Map<String, String> serverVersion) {
        super(MySqlProduct.MYSQL, serverVersion);
    }

    @Override
    MySqlFamilyDialect withServerVersion(Map<String, String> version) {
        return new MySqlDialect(version);
    }

}
