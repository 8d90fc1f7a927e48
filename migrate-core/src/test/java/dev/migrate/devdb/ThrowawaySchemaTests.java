package dev.migrate.devdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;

/** On PostgreSQL a throwaway schema lives in a transaction that is rolled back: no other session ever sees it. */
@ExtendWith(TestDatabases.class)
class ThrowawaySchemaTests {

    @Test
    void noOtherSessionSeesTheSchemaAndNothingRemains(TestDatabase db) throws SQLException {
        try (DevDatabase dev = DevDatabase.connect(db.dataSource()); Connection observer = db.connect()) {
            String used = dev.inThrowawaySchema((connection, schema) -> {
                execute(connection, "create table t (id int primary key)");
                assertThat(Catalog.schemasStartingWith(connection, "migrate_")).containsExactly(schema);
                assertThat(Catalog.schemasStartingWith(observer, "migrate_")).as("uncommitted").isEmpty();
                return schema;
            });
            assertThat(used).startsWith(ScratchSchema.PREFIX);
            assertThat(Catalog.schemasStartingWith(observer, "migrate_")).isEmpty();
            assertThat(dev.connection().getAutoCommit()).isTrue();
            execute(dev.connection(), "create table kept (id int)");
            assertThat(Catalog.tables(observer, "public")).as("search_path restored, work committed again")
                .containsExactly("kept");
        }
    }

    @Test
    void aFailingStatementStillLeavesNothing(TestDatabase db) throws SQLException {
        try (DevDatabase dev = DevDatabase.connect(db.dataSource()); Connection observer = db.connect()) {
            assertThatThrownBy(() -> dev.inThrowawaySchema((connection, schema) -> {
                execute(connection, "create table t (id int)");
                execute(connection, "create table t (id int)");
                return null;
            })).hasMessageContaining("already exists");
            assertThat(Catalog.schemasStartingWith(observer, "migrate_")).isEmpty();
            assertThat(dev.connection().getAutoCommit()).isTrue();
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

}
