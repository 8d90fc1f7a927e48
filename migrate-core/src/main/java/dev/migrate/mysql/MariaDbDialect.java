package dev.migrate.mysql;

import java.util.Map;

/** MariaDB 10.5 and later (database comments hold the scratch databases' markers), with MariaDB Connector/J. */
public final class MariaDbDialect extends MySqlFamilyDialect {

    /** For {@link java.util.ServiceLoader}. */
    public MariaDbDialect() {
        this(Map.of());
    }

    private MariaDbDialect(Map<String, String> serverVersion) {
        super(MySqlProduct.MARIADB, serverVersion);
    }

    @Override
    MySqlFamilyDialect withServerVersion(Map<String, String> version) {
        return new MariaDbDialect(version);
    }

}
