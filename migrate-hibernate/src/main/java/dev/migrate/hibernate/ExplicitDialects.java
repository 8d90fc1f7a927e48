package dev.migrate.hibernate;

import org.hibernate.dialect.H2Dialect;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.dialect.MySQLDialect;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;

/**
 * Hibernate's own dialects under a name outside Hibernate's package. The mapping names its dialect on purpose (it opens
 * no connection that Hibernate could detect one from), so Hibernate's advice to leave the dialect out (HHH90000025,
 * logged for every dialect of its own package) does not apply; these subclasses change nothing else.
 */
final class ExplicitDialects {

    private ExplicitDialects() {
    }

    /** The dialect to configure for {@code dialect}: one of these when Hibernate's, else {@code dialect} itself. */
    static String of(String dialect) {
        if (HibernateSettings.POSTGRESQL_DIALECT.equals(dialect)) {
            return PostgreSQL.class.getName();
        }
        if (HibernateSettings.H2_DIALECT.equals(dialect)) {
            return H2.class.getName();
        }
        if (MariaDBDialect.class.getName().equals(dialect)) {
            return MariaDB.class.getName();
        }
        if (MySQLDialect.class.getName().equals(dialect)) {
            return MySQL.class.getName();
        }
        return dialect;
    }

    /** {@link PostgreSQLDialect}, unchanged. */
    public static final class PostgreSQL extends PostgreSQLDialect {

        public PostgreSQL() {
        }

        public PostgreSQL(DialectResolutionInfo info) {
            super(info);
        }

    }

    /** {@link H2Dialect}, unchanged. */
    public static final class H2 extends H2Dialect {

        public H2() {
        }

        public H2(DialectResolutionInfo info) {
            super(info);
        }

    }

    /** {@link MariaDBDialect}, unchanged. */
    public static final class MariaDB extends MariaDBDialect {

        public MariaDB() {
        }

        public MariaDB(DialectResolutionInfo info) {
            super(info);
        }

    }

    /** {@link MySQLDialect}, unchanged. */
    public static final class MySQL extends MySQLDialect {

        public MySQL() {
        }

        public MySQL(DialectResolutionInfo info) {
            super(info);
        }

    }

}
