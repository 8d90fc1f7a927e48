package dev.migrate.maven;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

import dev.migrate.hibernate.HibernateSettings;

/** The dev database named by a JDBC URL: a data source for it, and the Hibernate dialect of its create script. */
final class DevDataSources {

    private static final String H2_PREFIX = "jdbc:h2:";
    private static final String POSTGRESQL_PREFIX = "jdbc:postgresql:";

    private DevDataSources() {
    }

    static DataSource forUrl(String url, String user, String password) {
        if (isH2(url)) {
            JdbcDataSource dataSource = new JdbcDataSource();
            dataSource.setURL(url);
            dataSource.setUser(user == null ? "" : user);
            dataSource.setPassword(password == null ? "" : password);
            return dataSource;
        }
        if (!url.startsWith(POSTGRESQL_PREFIX)) {
            throw new IllegalArgumentException("The dev database URL " + url + " is neither PostgreSQL ("
                    + POSTGRESQL_PREFIX + "...) nor H2 (" + H2_PREFIX + "...); set migrate.devUrl to one of them");
        }
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(url);
        if (user != null) {
            dataSource.setUser(user);
        }
        if (password != null) {
            dataSource.setPassword(password);
        }
        return dataSource;
    }

    /** Whether the diff works on the database of this URL; the one place the plugin decides it. */
    static boolean supports(String url) {
        return isH2(url) || url.startsWith(POSTGRESQL_PREFIX);
    }

    /** Hibernate's settings for the dev database's dialect, so the create script is the one that database runs. */
    static HibernateSettings hibernateSettings(String url) {
        return isH2(url) ? HibernateSettings.h2() : HibernateSettings.postgresql();
    }

    private static boolean isH2(String url) {
        return url.startsWith(H2_PREFIX);
    }

}
