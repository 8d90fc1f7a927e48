package dev.migrate.mysql;

import java.util.List;
import java.util.Set;

/**
 * What tells MySQL and MariaDB apart for the {@link dev.migrate.dialect.Dialect} seam: names, JDBC URLs, Hibernate's
 * dialect, Liquibase's name, and whether the planner may use MariaDB's {@code DROP INDEX IF EXISTS}.
 */
record MySqlProduct(String id, String name, String urlPrefix, String hibernateDialect, boolean mariaDb) {

    static final MySqlProduct MYSQL = new MySqlProduct("mysql", "MySQL", "jdbc:mysql:",
            "org.hibernate.dialect.MySQLDialect", false);

    static final MySqlProduct MARIADB = new MySqlProduct("mariadb", "MariaDB", "jdbc:mariadb:",
            "org.hibernate.dialect.MariaDBDialect", true);

    Set<String> productNames() {
        return Set.of(name);
    }

    List<String> urlPrefixes() {
        return List.of(urlPrefix);
    }

}
