package dev.migrate.mysql;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** MariaDB 10.5 and later (database comments hold the scratch databases' markers), with MariaDB Connector/J. */
public final class MariaDbDialect extends MySqlFamilyDialect {

    /** For {@link java.util.ServiceLoader}. */
    public MariaDbDialect() {
        this(Map.of());
    }

    private MariaDbDialect(Map<String, String> serverVersion) {
        super(true, "mariadb", serverVersion);
    }

    @Override
    MySqlFamilyDialect withServerVersion(Map<String, String> version) {
        return new MariaDbDialect(version);
    }

    @Override
    public String id() {
        return "mariadb";
    }

    @Override
    public String name() {
        return "MariaDB";
    }

    @Override
    public Set<String> productNames() {
        return Set.of("MariaDB");
    }

    @Override
    public List<String> urlPrefixes() {
        return List.of("jdbc:mariadb:");
    }

    @Override
    public String hibernateDialect() {
        return "org.hibernate.dialect.MariaDBDialect";
    }

}
