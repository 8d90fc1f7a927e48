package dev.migrate.autoconfigure.drift;

import java.sql.SQLException;
import java.util.List;

import dev.migrate.autoconfigure.MigrateProperties;
import dev.migrate.testing.TestDatabases;
import dev.migrate.testing.TestMySql;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drift on MariaDB. Its DDL commits at once, so without {@code migrate.dev.url} drift says it cannot tell rather
 * than build anything on the live server; with it, the entities' schema is built in a scratch database there, and
 * hand-named constraints of the live database match Hibernate's generated names.
 */
@ExtendWith(TestDatabases.class)
class EntityDriftMySqlTests {

    private static final String[] LIVE = {
        "CREATE TABLE authors (id BIGINT NOT NULL, name VARCHAR(100) NOT NULL, CONSTRAINT pk_authors PRIMARY KEY (id),"
                + " CONSTRAINT uq_authors_name UNIQUE (name))",
        "CREATE TABLE books (id BIGINT NOT NULL, title VARCHAR(300) NOT NULL, author_id BIGINT NOT NULL, "
                + "CONSTRAINT pk_books PRIMARY KEY (id), CONSTRAINT fk_books_author FOREIGN KEY (author_id) "
                + "REFERENCES authors (id))",
        "CREATE INDEX idx_books_author ON books (author_id)"};

    private static final List<String> ENTITIES = List.of(
            "create table authors (id bigint not null, name varchar(100) not null, primary key (id)) engine=InnoDB",
            "create table books (id bigint not null, title varchar(300) not null, author_id bigint not null, "
                    + "primary key (id)) engine=InnoDB",
            "create index IDX9vd1kkf on books (author_id)",
            "alter table authors add constraint UKhb6b0xk unique (name)",
            "alter table books add constraint FKfjixh2 foreign key (author_id) references authors (id)");

    private TestMySql.Database database;

    @BeforeEach
    void createDatabase(TestMySql.Database database) throws SQLException {
        this.database = database;
        this.database.execute(LIVE);
    }

    @Test
    void withoutADevUrlItIsUnknownAndTheLiveServerIsUntouched() {
        List<String> before = databases();

        DriftReport report = drift(new MigrateProperties.Dev()).compute();

        assertThat(report.status()).isEqualTo(DriftReport.Status.UNKNOWN);
        assertThat(report.reason()).contains("Drift needs migrate.dev.url on MariaDB")
            .contains("DDL commits at once");
        assertThat(databases()).isEqualTo(before);
        assertThat(tables()).containsExactlyInAnyOrder("authors", "books");
    }

    @Test
    void withADevUrlItIsInSyncDespiteGeneratedNames() {
        DriftReport report = drift(devOnTheSameServer()).compute();

        assertThat(report.status()).as(report.reason()).isEqualTo(DriftReport.Status.IN_SYNC);
        assertThat(tables()).containsExactlyInAnyOrder("authors", "books");
    }

    @Test
    void withADevUrlItFindsExactlyTheRealChange() throws SQLException {
        this.database.execute("ALTER TABLE books MODIFY COLUMN title VARCHAR(400) NOT NULL");

        DriftReport report = drift(devOnTheSameServer()).compute();

        assertThat(report.status()).as(report.reason()).isEqualTo(DriftReport.Status.DRIFTED);
        assertThat(report.changes()).extracting(DriftReport.Change::description)
            .containsExactly("modify column \"title\" of table: \"books\"");
        assertThat(tables()).containsExactlyInAnyOrder("authors", "books");
    }

    private EntityDrift drift(MigrateProperties.Dev dev) {
        DriverManagerDataSource live = new DriverManagerDataSource(this.database.url());
        return new EntityDrift((dialect) -> ENTITIES, live, () -> DriftDevDatabase.resolve(dev, live));
    }

    private static MigrateProperties.Dev devOnTheSameServer() {
        MigrateProperties.Dev dev = new MigrateProperties.Dev();
        dev.setUrl(TestMySql.server().serverUrl());
        return dev;
    }

    private List<String> tables() {
        return jdbc().queryForList("SELECT table_name FROM information_schema.tables WHERE table_schema = ?",
                String.class, this.database.name());
    }

    private List<String> databases() {
        return jdbc().queryForList("SELECT schema_name FROM information_schema.schemata "
                + "WHERE schema_name LIKE 'migrate\\_scratch\\_%' ORDER BY 1", String.class);
    }

    private JdbcTemplate jdbc() {
        return new JdbcTemplate(new DriverManagerDataSource(this.database.url()));
    }

}
