package dev.migrate.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import dev.migrate.h2.H2;
import dev.migrate.postgres.Postgres;

/** The supported dialects, told apart by {@link java.sql.DatabaseMetaData#getDatabaseProductName()}. */
final class Dialects {

    private Dialects() {
    }

    static Dialect of(Connection connection) {
        String product;
        try {
            product = connection.getMetaData().getDatabaseProductName();
        }
        catch (SQLException ex) {
            throw new UnsupportedDatabaseException("Cannot tell which database the connection is open on: "
                    + ex.getMessage(), ex);
        }
        return forProduct(product);
    }

    static Dialect forProduct(String product) {
        return switch (product == null ? "" : product.toLowerCase(Locale.ROOT)) {
            case "postgresql" -> Postgres.dialect();
            case "h2" -> H2.dialect();
            default -> throw new UnsupportedDatabaseException("The database is " + product + "; diffing and "
                    + "replaying migrations supports PostgreSQL and H2. Point the dev database URL at one of them "
                    + "(an empty PostgreSQL database, or jdbc:h2:mem:).", null);
        };
    }

}
