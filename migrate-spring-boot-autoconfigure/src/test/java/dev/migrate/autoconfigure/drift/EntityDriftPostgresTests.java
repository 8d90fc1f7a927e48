package dev.migrate.autoconfigure.drift;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drift on PostgreSQL with the live database as the dev database (the default): the entities' schema is built in a
 * transaction that is rolled back, so the live database keeps no trace of it; constraints named by hand in the live
 * database match Hibernate's generated names.
 */
@ExtendWith(TestDatabases.class)
class EntityDriftPostgresTests {

    private static final String LIVE = """
            CREATE TABLE authors (id BIGINT NOT NULL, name VARCHAR(100) NOT NULL,
                CONSTRAINT pk_authors PRIMARY KEY (id), CONSTRAINT uq_authors_name UNIQUE (name));
            CREATE TABLE books (id BIGINT NOT NULL, title VARCHAR(300) NOT NULL, author_id BIGINT NOT NULL,
                CONSTRAINT pk_books PRIMARY KEY (id),
                CONSTRAINT fk_books_author FOREIGN KEY (author_id) REFERENCES authors (id));
            CREATE INDEX idx_books_author ON books (author_id);
            """;

    private static final List<String> ENTITIES = List.of(
            "create table authors (id bigint not null, name varchar(100) not null, primary key (id))",
            "create table books (id bigint not null, title varchar(300) not null, author_id bigint not null, "
                    + "primary key (id))",
            "create index IDX9vd1kkf on books (author_id)",
            "alter table if exists authors add constraint UKhb6b0xk unique (name)",
            "alter table if exists books add constraint FKfjixh2 foreign key (author_id) references authors");

    private TestDatabase database;

    @BeforeEach
    void createDatabase(TestDatabase database) throws SQLException {
        this.database = database;
        this.database.execute(LIVE);
    }

    @Test
    void inSyncDespiteGeneratedNamesAndNoTraceInTheLiveDatabase() throws SQLException {
        DriftReport report = drift().compute();

        assertThat(report.status()).as(report.reason()).isEqualTo(DriftReport.Status.IN_SYNC);
        assertNoTrace();
    }

    @Test
    void driftedByExactlyTheRealChangeAndNoTraceInTheLiveDatabase() throws SQLException {
        this.database.execute("ALTER TABLE books ALTER COLUMN title TYPE VARCHAR(400)");

        DriftReport report = drift().compute();

        assertThat(report.status()).as(report.reason()).isEqualTo(DriftReport.Status.DRIFTED);
        assertThat(report.changes()).extracting(DriftReport.Change::description)
            .containsExactly("modify column \"title\" of table: \"books\"");
        assertNoTrace();
    }

    private EntityDrift drift() {
        return new EntityDrift((dialect) -> ENTITIES, this.database.dataSource(), this.database::dataSource);
    }

    /** No schema, table or table statistics of a scratch schema: nothing was ever committed. */
    private void assertNoTrace() throws SQLException {
        assertThat(strings("select nspname from pg_namespace where nspname like 'migrate%'")).isEmpty();
        assertThat(strings("select relname from pg_class c join pg_namespace n on n.oid = c.relnamespace "
                + "where n.nspname like 'migrate%'")).isEmpty();
        assertThat(strings("select relname from pg_stat_user_tables where schemaname like 'migrate%'")).isEmpty();
        assertThat(strings("select relname from pg_stat_user_tables")).containsExactlyInAnyOrder("authors", "books");
    }

    private List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = this.database.connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

}
