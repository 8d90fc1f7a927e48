package dev.migrate.testing;

import java.util.ArrayDeque;
import java.util.Deque;

import javax.sql.DataSource;

import dev.migrate.h2.H2;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The databases one test (or one class, for a {@code @BeforeAll} method's parameters) created through
 * {@link TestDatabases}: each is new and empty, and all are dropped when the test ends. A test asks for this type
 * itself when it decides at run time which database it needs, or how many.
 */
public final class FreshDatabases implements AutoCloseable {

    private final Deque<AutoCloseable> created = new ArrayDeque<>();

    /** A new PostgreSQL database on the {@link TestPostgres} server. */
    public TestDatabase postgres() {
        return remember(TestPostgres.server().createDatabase());
    }

    /** A new in-memory H2 database. */
    public TestH2Database h2() {
        return remember(TestH2Database.create());
    }

    /** A new database on the {@link TestMySql} server. */
    public TestMySql.Database mySql() {
        return remember(TestMySql.server().createDatabase());
    }

    /**
     * The dev database a parameterized test names: for {@code h2}, H2's own in-memory dev database (as the starter
     * uses it, not dropped); otherwise a new PostgreSQL database.
     */
    public DataSource devDatabase(String database) {
        if (database.equals("h2")) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(H2.devDatabaseUrl());
            return h2;
        }
        return postgres().dataSource();
    }

    private synchronized <T extends AutoCloseable> T remember(T database) {
        this.created.push(database);
        return database;
    }

    /** Drops every database, newest first; the first failure is thrown once all were tried. */
    @Override
    public synchronized void close() throws Exception {
        Exception failure = null;
        while (!this.created.isEmpty()) {
            try {
                this.created.pop().close();
            }
            catch (Exception ex) {
                if (failure == null) {
                    failure = ex;
                }
                else {
                    failure.addSuppressed(ex);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

}
