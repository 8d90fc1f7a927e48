package dev.migrate.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;

/**
 * One throw-away in-memory H2 database of a test. It outlives its connections (an in-memory database otherwise goes
 * with the last one), so an application can be started on it twice; closing it drops it.
 */
public final class TestH2Database implements JdbcTestDatabase {

    private final String name;

    private TestH2Database(String name) {
        this.name = name;
    }

    /** A new, empty database; it exists from the first connection on. */
    static TestH2Database create() {
        return new TestH2Database(JdbcTestDatabase.newName());
    }

    public String name() {
        return name;
    }

    /**
     * The URL, user included: H2 refuses any user but the one that created the database, so a connection by URL alone
     * (as Hibernate makes one) and one with {@link #username()} (as Spring Boot does) are the same user. A user given
     * besides must be that one: an H2 {@code JdbcDataSource} needs it set, as {@link #dataSource()} has.
     */
    public String url() {
        return "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;USER=" + username();
    }

    public String username() {
        return "sa";
    }

    public String password() {
        return "";
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), username(), password());
    }

    public DataSource dataSource() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url());
        dataSource.setUser(username());
        dataSource.setPassword(password());
        return dataSource;
    }

    @Override
    public void close() {
        try {
            execute("SHUTDOWN");
        }
        catch (SQLException ex) {
            throw new IllegalStateException("Could not drop test database " + name + ": " + ex.getMessage(), ex);
        }
    }

}
