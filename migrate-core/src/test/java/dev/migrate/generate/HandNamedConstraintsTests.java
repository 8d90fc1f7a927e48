package dev.migrate.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.migrate.devdb.DevDatabase;
import dev.migrate.diff.ConstraintMatching;
import dev.migrate.diff.SchemaChange;
import dev.migrate.diff.TableChange.AddColumn;
import dev.migrate.diff.TableChange.AddForeignKey;
import dev.migrate.diff.TableChange.AddUnique;
import dev.migrate.diff.TableChange.DropForeignKey;
import dev.migrate.diff.TableChange.DropUnique;
import dev.migrate.dir.MigrationDirectory;
import dev.migrate.dir.MigrationFormat;
import dev.migrate.dir.MigrationWriter;
import dev.migrate.testing.FreshDatabases;
import dev.migrate.testing.TestDatabases;

/**
 * A directory that names its constraints by hand against entities whose create script uses Hibernate's generated
 * names: names alone make no change, a changed definition makes exactly that change.
 */
@ExtendWith(TestDatabases.class)
class HandNamedConstraintsTests {

    /** What a team writes: every key, constraint and index named by hand. */
    private static final String HAND_WRITTEN = """
            create table authors (id bigint not null, name varchar(100) not null,
                constraint pk_authors primary key (id), constraint uq_authors_name unique (name));
            create table books (id bigint not null, title varchar(300) not null, author_id bigint not null,
                constraint pk_books primary key (id),
                constraint fk_books_author foreign key (author_id) references authors (id) on delete cascade,
                constraint ck_books_title check (title <> ''));
            create index idx_books_title on books (title);
            """;

    @TempDir
    Path directory;

    private FreshDatabases databases;

    @ParameterizedTest
    @ValueSource(strings = { "postgresql", "h2" })
    void generatedNamesForTheSameDefinitionsAreNoChange(String database) throws Exception {
        diff(database, hibernate("unique (name)", "on delete cascade"), DiffOptions.DEFAULTS,
                diff -> assertThat(diff.changes()).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = { "postgresql", "h2" })
    void matchingByNameAloneWouldDropAndRecreateEveryConstraint(String database) throws Exception {
        diff(database, hibernate("unique (name)", "on delete cascade"),
                new DiffOptions(false, ConstraintMatching.BY_NAME),
                diff -> assertThat(diff.changes()).hasAtLeastOneElementOfType(DropForeignKey.class)
                    .hasAtLeastOneElementOfType(DropUnique.class));
    }

    @ParameterizedTest
    @ValueSource(strings = { "postgresql", "h2" })
    void aChangedForeignKeyActionIsExactlyThatChange(String database) throws Exception {
        diff(database, hibernate("unique (name)", ""), DiffOptions.DEFAULTS,
                diff -> assertThat(diff.changes()).satisfiesExactlyInAnyOrder(
                        change -> assertThat(change).isInstanceOfSatisfying(DropForeignKey.class,
                                drop -> assertThat(drop.key().name()).isEqualToIgnoringCase("fk_books_author")),
                        change -> assertThat(change).isInstanceOfSatisfying(AddForeignKey.class,
                                add -> assertThat(add.key().name()).isEqualToIgnoringCase("FKfjixh2"))));
    }

    @ParameterizedTest
    @ValueSource(strings = { "postgresql", "h2" })
    void aChangedForeignKeyColumnIsExactlyThatChange(String database) throws Exception {
        List<String> script = hibernate("unique (name)", "on delete cascade").stream()
            .map(sql -> sql.replace("foreign key (author_id) references authors",
                    "foreign key (editor_id) references authors"))
            .map(sql -> sql.replace("author_id bigint not null,", "author_id bigint not null, editor_id bigint,"))
            .toList();
        diff(database, script, DiffOptions.DEFAULTS, diff -> assertThat(diff.changes())
            .extracting(SchemaChange::getClass)
            .containsExactlyInAnyOrder(AddColumn.class, DropForeignKey.class,
                    AddForeignKey.class));
    }

    @ParameterizedTest
    @ValueSource(strings = { "postgresql", "h2" })
    void aChangedUniqueIsExactlyThatChange(String database) throws Exception {
        diff(database, hibernate("unique (name, id)", "on delete cascade"), DiffOptions.DEFAULTS,
                diff -> assertThat(diff.changes()).satisfiesExactlyInAnyOrder(
                        change -> assertThat(change).isInstanceOfSatisfying(DropUnique.class,
                                drop -> assertThat(drop.constraint().name()).isEqualToIgnoringCase("uq_authors_name")),
                        change -> assertThat(change).isInstanceOfSatisfying(AddUnique.class,
                                add -> assertThat(add.constraint().columns()).containsExactly("name", "id"))));
    }

    /** Hibernate's create script for the same tables: unnamed keys, generated constraint and index names. */
    private static List<String> hibernate(String unique, String onDelete) {
        return List.of(
                "create table authors (id bigint not null, name varchar(100) not null, primary key (id))",
                "create table books (id bigint not null, title varchar(300) not null, author_id bigint not null, "
                        + "primary key (id), constraint books_title_check check (title <> ''))",
                "create index IDXbooks_title on books (title)",
                "alter table if exists authors add constraint UKjq9ohh1 " + unique,
                "alter table if exists books add constraint FKfjixh2 foreign key (author_id) references authors "
                        + onDelete);
    }

    private void diff(String database, List<String> script, DiffOptions options, Consumer<SchemaDiff> check)
            throws Exception {
        Files.writeString(directory.resolve("1_init.sql"), HAND_WRITTEN, StandardCharsets.UTF_8);
        new MigrationWriter(directory).rehash();
        try (DevDatabase dev = DevDatabase.connect(databases.devDatabase(database))) {
            check.accept(diff(dev, script, options));
        }
    }

    private SchemaDiff diff(DevDatabase dev, List<String> script, DiffOptions options) {
        return new SchemaDiffSession(dev, options).diff(script, MigrationDirectory.ofPath(directory),
                MigrationFormat.ATLAS);
    }

}
