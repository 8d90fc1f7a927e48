package dev.migrate.dialect;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The registry of dialects: every {@link Dialect} registered in {@code META-INF/services/dev.migrate.dialect.Dialect}
 * on the class path that loaded this one, in registration order. A dialect is found by the product name a
 * connection reports or by the beginning of a JDBC URL.
 */
public final class Dialects {

    private static final List<Dialect> ALL = load();

    private Dialects() {
    }

    private static List<Dialect> load() {
        List<Dialect> dialects = new ArrayList<>();
        ServiceLoader.load(Dialect.class, Dialect.class.getClassLoader()).forEach(dialects::add);
        return List.copyOf(dialects);
    }

    /** Every registered dialect. */
    static List<Dialect> all() {
        return ALL;
    }

    /** The dialect of the database a connection is open on, for that server's version. */
    public static Dialect of(Connection connection) {
        try {
            DatabaseMetaData server = connection.getMetaData();
            return forProduct(server.getDatabaseProductName()).forServer(server);
        }
        catch (SQLException ex) {
            throw new UnsupportedDatabaseException("Cannot tell which database the connection is open on: "
                    + ex.getMessage(), "Use a JDBC driver that reports its database (DatabaseMetaData), and a URL "
                            + "of one of " + supportedUrlPrefixes() + ".", ex);
        }
    }

    /**
     * The dialect whose product names include {@code product}.
     *
     * @throws UnsupportedDatabaseException when no dialect handles it
     */
    public static Dialect forProduct(String product) {
        String wanted = product == null ? "" : product.toLowerCase(Locale.ROOT);
        return ALL.stream()
            .filter(d -> d.productNames().stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).equals(wanted)))
            .findFirst()
            .orElseThrow(() -> new UnsupportedDatabaseException("The database is " + product + "; diffing and "
                    + "replaying migrations supports " + supportedNames() + ". Point the dev database URL at one of "
                    + "them (" + supportedUrlPrefixes() + ").",
                    "Set migrate.dev.url (-Dmigrate.devUrl for the Maven plugin) to one of those, of the kind the "
                            + "migrations are written for; the diff only creates and drops migrate_* scratch schemas "
                            + "there.", null));
    }

    /** The dialect whose URL prefixes begin {@code jdbcUrl}, if any: whether a URL names a supported database. */
    public static Optional<Dialect> forUrl(String jdbcUrl) {
        if (jdbcUrl == null) {
            return Optional.empty();
        }
        return ALL.stream().filter(d -> d.urlPrefixes().stream().anyMatch(jdbcUrl::startsWith)).findFirst();
    }

    /** The dialect with this {@link Dialect#id() id}, if registered. */
    public static Optional<Dialect> byId(String id) {
        return ALL.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /** The supported databases' names for messages, e.g. {@code PostgreSQL and H2}. */
    public static String supportedNames() {
        List<String> names = ALL.stream().map(Dialect::name).toList();
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** The supported JDBC URL prefixes for messages, e.g. {@code jdbc:postgresql:..., jdbc:h2:...}. */
    public static String supportedUrlPrefixes() {
        return String.join(", ", ALL.stream().flatMap(d -> d.urlPrefixes().stream()).map(p -> p + "...").toList());
    }

}
