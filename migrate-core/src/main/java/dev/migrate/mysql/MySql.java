package dev.migrate.mysql;

import java.util.List;

/**
 * The MySQL and MariaDB entry beside their two registered dialects ({@link MySqlDialect}, {@link MariaDbDialect}):
 * {@link #catalogQueries(boolean)} are the inspector's bulk queries, for measuring them bare.
 */
public final class MySql {

    private MySql() {
    }

    /**
     * The bulk queries a server's inspection runs, each taking the database name as its one parameter (MariaDB's
     * sequences, read only when there are any, aside): for comparing with the inspector's own cost.
     */
    public static List<String> catalogQueries(boolean mariaDb) {
        return MySqlInspector.catalogQueries(mariaDb);
    }

}
