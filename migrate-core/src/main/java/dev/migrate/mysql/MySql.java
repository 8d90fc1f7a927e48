package dev.migrate.mysql;

import java.util.List;

import dev.migrate.dialect.Dialect;

/**
 * The MySQL and MariaDB entry: {@link #mysql()} and {@link #mariaDb()} inspect, diff and plan behind the
 * {@link Dialect} seam, and {@link #catalogQueries(boolean)} are the inspector's bulk queries, for measuring them
 * bare.
 */
public final class MySql {

    private static final Dialect MYSQL = new MySqlDialect();

    private static final Dialect MARIADB = new MariaDbDialect();

    private MySql() {
    }

    /** MySQL 8.0.19 and later, with MySQL Connector/J. */
    public static Dialect mysql() {
        return MYSQL;
    }

    /** MariaDB 10.5 and later, with MariaDB Connector/J. */
    public static Dialect mariaDb() {
        return MARIADB;
    }

    /**
     * The bulk queries a server's inspection runs, each taking the database name as its one parameter (MariaDB's
     * sequences, read only when there are any, aside): for comparing with the inspector's own cost.
     */
    public static List<String> catalogQueries(boolean mariaDb) {
        return MySqlInspector.catalogQueries(mariaDb);
    }

}
