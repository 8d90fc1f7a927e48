package dev.migrate.devdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import dev.migrate.dir.MigrationFormat;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;

@ExtendWith(TestDatabases.class)
class DirectoryReplayTests {

    private static final String TOUCH_FUNCTION = """
            create function touch_updated_at() returns trigger language plpgsql as $$
            begin
              new.updated_at := now(); -- a semicolon inside the body
              return new;
            end;
            $$;
            create trigger users_touch before update on users
              for each row execute function touch_updated_at();
            """;

    @TempDir
    Path folder;

    private TestDatabase db;
    private DevDatabase dev;

    @BeforeEach
    void connect(TestDatabase database) {
        db = database;
        dev = DevDatabase.connect(db.dataSource());
    }

    @AfterEach
    void close() {
        dev.close();
    }

    @Test
    void atlasFilesAreReplayedInOrder() throws SQLException {
        TestDirectory dir = new TestDirectory(folder)
            .add("20240102000000_posts.sql", "create table posts (id int, user_id int references users);")
            .add("20240101000000_users.sql", "create table users (id int primary key, updated_at timestamptz);\n"
                    + TOUCH_FUNCTION);

        try (ReplayedSchema schema = dev.replayWithoutCache(dir.directory(), MigrationFormat.ATLAS)) {
            assertThat(Catalog.tables(dev.connection(), schema.name())).containsExactly("posts", "users");
            assertThat(Catalog.functions(dev.connection(), schema.name())).containsExactly("touch_updated_at");
            assertThat(schema.report()).extracting(ReplayReport::files, ReplayReport::statements).containsExactly(2, 4);
        }
        assertThat(Catalog.tables(dev.connection(), "public")).isEmpty();
        assertThat(Catalog.schemasStartingWith(dev.connection(), "migrate_")).isEmpty();
    }

    @Test
    void liquibaseRunsFilesInNameOrderAsIncludeAllDoes() throws SQLException {
        TestDirectory dir = new TestDirectory(folder).add("10_users.sql", "create table users (id int primary key);")
            .add("2_posts.sql", "create table posts (id int primary key, user_id int references users);");

        try (ReplayedSchema schema = dev.replayWithoutCache(dir.directory(), MigrationFormat.LIQUIBASE)) {
            assertThat(Catalog.tables(dev.connection(), schema.name())).containsExactly("posts", "users");
        }
    }

    @Test
    void atlasDelimiterDirectiveIsHonoured() throws SQLException {
        TestDirectory dir = new TestDirectory(folder).add("1_fn.sql", """
                -- atlas:delimiter -- end

                create function one() returns int language sql as 'select 1';
                create table t (id int);
                -- end
                create table u (id int)
                """);

        try (ReplayedSchema schema = dev.replayWithoutCache(dir.directory(), MigrationFormat.ATLAS)) {
            assertThat(schema.report().statements()).isEqualTo(2);
            assertThat(Catalog.tables(dev.connection(), schema.name())).containsExactly("t", "u");
        }
    }

    @Test
    void golangMigrateRunsUpFilesOnly() throws SQLException {
        TestDirectory dir = new TestDirectory(folder)
            .add("1_users.up.sql", "create table users (id int primary key, updated_at timestamptz);\n"
                    + TOUCH_FUNCTION)
            .add("1_users.down.sql", "drop table users;")
            .add("2_posts.up.sql", "create table posts (id int);")
            .add("2_posts.down.sql", "drop table posts;");

        try (ReplayedSchema schema = dev.replayWithoutCache(dir.directory(), MigrationFormat.GOLANG_MIGRATE)) {
            assertThat(Catalog.tables(dev.connection(), schema.name())).containsExactly("posts", "users");
        }
    }

    @Test
    void flywayRunsVersionedFilesAndItsSchemaPlaceholder() throws SQLException {
        TestDirectory dir = new TestDirectory(folder)
            .add("V1__users.sql", "create table ${flyway:defaultSchema}.users (id int primary key, "
                    + "updated_at timestamptz);\n" + TOUCH_FUNCTION)
            .add("U1__users.sql", "drop table users;")
            .add("V1.1__posts.sql", "create table posts (id int);")
            .add("V2__comments.sql", "create table comments (id int, post_id int);");

        try (ReplayedSchema schema = dev.replayWithoutCache(dir.directory(), MigrationFormat.FLYWAY)) {
            assertThat(Catalog.tables(dev.connection(), schema.name())).containsExactly("comments", "posts", "users");
        }
    }

    @Test
    void liquibaseRunsChangesetSqlWithoutRollbacks() throws SQLException {
        TestDirectory dir = new TestDirectory(folder).add("20240101000000_users.sql", """
                -- liquibase formatted sql

                -- changeset app:1
                create table users (id int primary key, updated_at timestamptz);
                -- rollback drop table users;

                -- changeset app:2
                """ + TOUCH_FUNCTION + """
                -- rollback drop trigger users_touch on users;
                -- rollback drop function touch_updated_at();

                -- changeset app:3 dbms:h2
                create table only_on_h2 (id int);

                -- changeset app:4 splitStatements:false
                create table audit (id int);
                comment on table audit is 'one; statement';
                """).add("20240102000000_plain.sql", "create table plain (id int);");

        try (ReplayedSchema schema = dev.replayWithoutCache(dir.directory(), MigrationFormat.LIQUIBASE)) {
            assertThat(Catalog.tables(dev.connection(), schema.name())).containsExactly("audit", "plain", "users");
            assertThat(Catalog.functions(dev.connection(), schema.name())).containsExactly("touch_updated_at");
            assertThat(schema.report().statements()).isEqualTo(5);
        }
    }

    @Test
    void aFailingStatementNamesFileAndLineAndLeavesNoScratchSchema() throws SQLException {
        TestDirectory dir = new TestDirectory(folder).add("1_users.sql", "create table users (id int);\n")
            .add("2_posts.sql", "create table posts (id int);\n\ncreate index on post (id);\n");

        assertThatThrownBy(() -> dev.replay(dir.directory(), MigrationFormat.ATLAS))
            .isInstanceOfSatisfying(ReplayFailedException.class, ex -> {
                assertThat(ex.statement().file()).isEqualTo("2_posts.sql");
                assertThat(ex.statement().line()).isEqualTo(3);
                assertThat(ex.sqlState()).isEqualTo("42P01");
            })
            .hasMessageContaining("failed at 2_posts.sql line 3: ERROR: relation \"post\" does not exist")
            .hasMessageContaining("create index on post (id)");
        assertThat(Catalog.schemasStartingWith(dev.connection(), "migrate_")).isEmpty();
    }

    @Test
    void aFailingLiquibaseStatementNamesItsChangeset() {
        TestDirectory dir = new TestDirectory(folder).add("1_users.sql",
                "-- liquibase formatted sql\n-- changeset app:users\nselect * from nowhere;\n");

        assertThatThrownBy(() -> dev.replayWithoutCache(dir.directory(), MigrationFormat.LIQUIBASE))
            .hasMessageContaining("1_users.sql line 3 (changeset app:users)");
    }

    @Test
    void aFileSettingSearchPathCannotSendLaterFilesOutside() throws SQLException {
        TestDirectory dir = new TestDirectory(folder)
            .add("1_a.sql", "create table a (id int); set search_path = public;")
            .add("2_b.sql", "create table b (id int);");

        try (ReplayedSchema schema = dev.replayWithoutCache(dir.directory(), MigrationFormat.ATLAS)) {
            assertThat(Catalog.tables(dev.connection(), schema.name())).containsExactly("a", "b");
        }
        assertThat(Catalog.tables(dev.connection(), "public")).isEmpty();
        assertSearchPathRestored(dev.connection());
    }

    private static void assertSearchPathRestored(Connection connection) throws SQLException {
        assertThat(Catalog.strings(connection, "select current_setting(?)", "search_path"))
            .containsExactly("\"$user\", public");
    }

}
