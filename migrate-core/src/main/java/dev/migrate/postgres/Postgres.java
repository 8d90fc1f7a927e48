package dev.migrate.postgres;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import dev.migrate.dialect.Dialect;
import dev.migrate.schema.InspectOptions;

/**
 * The PostgreSQL entry: {@link #dialect()} inspects, diffs and plans behind the {@link Dialect} seam, and
 * {@link #catalogQueries()} are the inspector's bulk queries, for measuring them bare.
 */
public final class Postgres {

    private Postgres() {
    }

    /** The engine behind the {@link Dialect} seam, with the dev database's schema statements. */
    public static Dialect dialect() {
        return PostgresDialect.INSTANCE;
    }

    /** The catalog queries the inspector runs, one per kind of object, in the order it runs them. */
    public static List<CatalogQuery> catalogQueries() {
        return PostgresCatalogQueries.ALL;
    }

    /** One catalog query and what it reads. */
    public record CatalogQuery(String name, String sql) {

        /** Prepares the query with the options' schema and excluded tables bound; the caller closes it. */
        public PreparedStatement prepare(Connection connection, InspectOptions options) throws SQLException {
            PreparedStatement statement = connection.prepareStatement(sql);
            statement.setString(1, options.schema());
            if (sql.chars().filter(c -> c == '?').count() > 1) {
                Array excluded = connection.createArrayOf("text", options.excludedTables().toArray());
                statement.setArray(2, excluded);
            }
            statement.setFetchSize(1000);
            return statement;
        }
    }

}
