package dev.migrate.maven;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.logging.Logger;

import javax.sql.DataSource;

import dev.migrate.devdb.DevDatabaseException;
import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.Dialects;
import dev.migrate.dialect.UnsupportedDatabaseException;

/**
 * The dev database named by a JDBC URL: the {@link Dialect} whose URL prefix it has, a data source for it through
 * the JDBC driver on the plugin's class path that accepts it.
 */
final class DevDataSources {

    private DevDataSources() {
    }

    static DataSource forUrl(String url, String user, String password) {
        dialectOf(url);
        Driver driver = driverFor(url);
        Properties credentials = new Properties();
        if (user != null) {
            credentials.setProperty("user", user);
        }
        if (password != null) {
            credentials.setProperty("password", password);
        }
        return new DriverDataSource(driver, url, credentials);
    }

    /** Whether the diff works on the database of this URL: whether a registered dialect handles it. */
    static boolean supports(String url) {
        return url != null && Dialects.forUrl(url).isPresent();
    }

    private static Dialect dialectOf(String url) {
        return Dialects.forUrl(url).orElseThrow(() -> new UnsupportedDatabaseException("The dev database URL " + url
                + " is not one of a supported database (" + Dialects.supportedUrlPrefixes() + ").",
                "Set migrate.devUrl (or the application's migrate.dev.url) to a database of one of those kinds ("
                        + Dialects.supportedNames() + ").", null));
    }

    /** Drivers are looked up on the plugin's own class path: DriverManager does not see a plugin's class realm. */
    private static Driver driverFor(String url) {
        for (Driver driver : ServiceLoader.load(Driver.class, DevDataSources.class.getClassLoader())) {
            try {
                if (driver.acceptsURL(url)) {
                    return driver;
                }
            }
            catch (SQLException ex) {
                // a driver that cannot tell is not the one
            }
        }
        throw new DevDatabaseException("No JDBC driver on the plugin's class path accepts " + url + ".",
                "Add the database's JDBC driver as a <dependency> of migrate-maven-plugin (inside its <plugin> "
                        + "element in the pom).", null);
    }

    /** Connections from one driver and URL; all a {@link dev.migrate.devdb.DevDatabase} asks of a data source. */
    private record DriverDataSource(Driver driver, String url, Properties credentials) implements DataSource {

        @Override
        public Connection getConnection() throws SQLException {
            Connection connection = driver.connect(url, credentials);
            if (connection == null) {
                throw new SQLException("The driver " + driver.getClass().getName() + " did not connect to " + url);
            }
            return connection;
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            throw new SQLFeatureNotSupportedException("credentials come from the URL and migrate.dev.*");
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("Not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }

    }

}
