package dev.migrate.mysql;

import java.util.List;
import java.util.Map;
import java.util.Set;

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
        super(false, "mysql", serverVersion);
    }

    @Override
    MySqlFamilyDialect withServerVersion(Map<String, String> version) {
        return new MySqlDialect(version);
    }

    @Override
    public String id() {
        return "mysql";
    }

    @Override
    public String name() {
        return "MySQL";
    }

    @Override
    public Set<String> productNames() {
        return Set.of("MySQL");
    }

    @Override
    public List<String> urlPrefixes() {
        return List.of("jdbc:mysql:");
    }

    @Override
    public String hibernateDialect() {
        return "org.hibernate.dialect.MySQLDialect";
    }

}
