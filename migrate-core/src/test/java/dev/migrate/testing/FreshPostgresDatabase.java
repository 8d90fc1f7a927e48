package dev.migrate.testing;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A throw-away PostgreSQL database for each test of a class: created before the test, dropped after it. Register it
 * with {@code @RegisterExtension}; it answers for the current test's {@link TestDatabase}.
 */
public final class FreshPostgresDatabase implements BeforeEachCallback, AfterEachCallback {

    private TestDatabase database;

    @Override
    public void beforeEach(ExtensionContext context) {
        this.database = TestPostgres.server().createDatabase();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (this.database != null) {
            this.database.close();
            this.database = null;
        }
    }

    /** The current test's database. */
    public TestDatabase current() {
        return this.database;
    }

    public String url() {
        return this.database.url();
    }

    public String username() {
        return this.database.username();
    }

    public String password() {
        return this.database.password();
    }

    public Connection connect() throws SQLException {
        return this.database.connect();
    }

    public DataSource dataSource() {
        return this.database.dataSource();
    }

    public void execute(String sql) throws SQLException {
        this.database.execute(sql);
    }

}
