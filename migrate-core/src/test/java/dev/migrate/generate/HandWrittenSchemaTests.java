package dev.migrate.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.migrate.devdb.DevDatabase;
import dev.migrate.diff.SchemaChange;
import dev.migrate.diff.TableChange.AlterColumn;
import dev.migrate.diff.TableChange.DropIndex;
import dev.migrate.dir.MigrationDirectory;
import dev.migrate.dir.MigrationFormat;
import dev.migrate.dir.MigrationWriter;
import dev.migrate.plan.Risk;
import dev.migrate.plan.RiskCode;
import dev.migrate.testing.FreshDatabases;
import dev.migrate.testing.TestDatabases;

/**
 * A schema a team wrote by hand, as real applications have it (TEXT columns, an index on every foreign-key column, a
 * unique index rather than a constraint), against entities whose create script is Hibernate's: what the entities do
 * not say is left alone, an equivalent spelling is no change, and the one real difference (TEXT against the default
 * {@code varchar(255)}) is planned so that it fails on a longer value instead of cutting it.
 */
@ExtendWith(TestDatabases.class)
class HandWrittenSchemaTests {

    private static final String HAND_WRITTEN = """
            create table users (id bigint primary key, login varchar(255) not null);
            create unique index ux_users_login on users (login);
            create table notes (id bigint primary key, body text, owner_id bigint not null references users (id));
            create index ix_notes_owner on notes (owner_id);
            """;

    /** Hibernate's script for {@code User(id, @Column(unique = true) login)} and {@code Note(id, body, owner)}. */
    private static final List<String> ENTITIES = List.of(
            "create table users (id bigint not null, login varchar(255) not null, primary key (id))",
            "create table notes (id bigint not null, body varchar(255), owner_id bigint not null, primary key (id))",
            "alter table if exists users add constraint UK4x8c3b unique (login)",
            "alter table if exists notes add constraint FK9a0xk2 foreign key (owner_id) references users");

    @TempDir
    Path directory;

    private FreshDatabases databases;

    @ParameterizedTest
    @ValueSource(strings = { "postgresql", "h2" })
    void onlyTheTextColumnChangesAndItFailsRatherThanCutAValue(String database) throws Exception {
        SchemaDiff diff = diff(database, DiffOptions.DEFAULTS);

        assertThat(diff.changes()).singleElement().isInstanceOfSatisfying(AlterColumn.class,
                alter -> assertThat(alter.to().name()).isEqualToIgnoringCase("body"));
        assertThat(diff.plan().risks()).extracting(Risk::code).containsExactly(RiskCode.MG101);
        assertThat(diff.upSql()).contains("-- MG101 (data dependent): Changing column ")
            .doesNotContain("USING body::character varying");

        withAppDatabase(database, app -> {
            for (String statement : HAND_WRITTEN.split(";\n")) {
                execute(app, statement);
            }
            execute(app, "insert into users values (1, 'ann')");
            execute(app, "insert into notes values (1, '" + "n".repeat(720) + "', 1)");
            assertThatThrownBy(() -> {
                for (String statement : diff.plan().statements()) {
                    execute(app, statement);
                }
            }).isInstanceOf(SQLException.class);
            assertThat(bodyLength(app)).isEqualTo(720);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = { "postgresql", "h2" })
    void handWrittenIndexesAreDroppedOnlyWhenAsked(String database) throws Exception {
        SchemaDiff diff = diff(database, DiffOptions.DEFAULTS.withDropUnmappedIndexes(true));

        assertThat(diff.changes()).filteredOn(DropIndex.class::isInstance).singleElement()
            .satisfies(drop -> assertThat(((DropIndex) drop).index().name()).isEqualToIgnoringCase("ix_notes_owner"));
        assertThat(diff.changes()).extracting(SchemaChange::getClass).containsOnly(DropIndex.class,
                AlterColumn.class);
    }

    private SchemaDiff diff(String database, DiffOptions options) throws Exception {
        Files.writeString(directory.resolve("1_init.sql"), HAND_WRITTEN, StandardCharsets.UTF_8);
        new MigrationWriter(directory).rehash();
        try (DevDatabase dev = DevDatabase.connect(databases.devDatabase(database))) {
            return diff(dev, options);
        }
    }

    private SchemaDiff diff(DevDatabase dev, DiffOptions options) {
        return new SchemaDiffSession(dev, options).diff(ENTITIES, MigrationDirectory.ofPath(directory),
                MigrationFormat.ATLAS);
    }

    private void withAppDatabase(String database, SqlWork work) throws SQLException {
        if (database.equals("h2")) {
            try (Connection app = DriverManager.getConnection("jdbc:h2:mem:")) {
                work.run(app);
            }
            return;
        }
        try (Connection app = databases.postgres().connect()) {
            work.run(app);
        }
    }

    private interface SqlWork {
        void run(Connection connection) throws SQLException;
    }

    private static int bodyLength(Connection app) throws SQLException {
        try (Statement statement = app.createStatement();
                ResultSet rows = statement.executeQuery("select body from notes")) {
            rows.next();
            return rows.getString(1).length();
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

}
