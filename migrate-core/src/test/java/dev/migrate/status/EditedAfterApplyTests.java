package dev.migrate.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import dev.migrate.dir.MigrationDirectory;
import dev.migrate.dir.MigrationFormat;
import dev.migrate.history.ExecutorHistory;
import dev.migrate.history.FlywayHistory;
import dev.migrate.history.LiquibaseHistory;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;

/**
 * Status of each file against the history real Liquibase and Flyway wrote on PostgreSQL: applied, pending, out of
 * order, and edited after apply, which agrees with what the executor itself then says.
 */
@ExtendWith(TestDatabases.class)
class EditedAfterApplyTests {

    @TempDir
    Path root;

    @Test
    void liquibase(TestDatabase database) throws Exception {
        Path dir = Files.createDirectories(root.resolve("db/migrations"));
        Executors.write(dir.resolve("20250101000000_create_a.sql"), changeset("20250101000000_create_a",
                "CREATE TABLE a (id bigint PRIMARY KEY);"));
        Executors.write(dir.resolve("20250102000000_create_b.sql"), changeset("20250102000000_create_b",
                "CREATE TABLE b (id bigint PRIMARY KEY);"));
        Executors.liquibaseUpdate(database, root);
        assertThat(states(database, dir, MigrationFormat.LIQUIBASE, LiquibaseHistory.standard()))
            .containsExactly("20250101000000_create_a.sql APPLIED", "20250102000000_create_b.sql APPLIED");

        Executors.write(dir.resolve("20250102000000_create_b.sql"), changeset("20250102000000_create_b",
                "CREATE TABLE b (id bigint PRIMARY KEY, name text);"));
        Executors.write(dir.resolve("20250101120000_older.sql"), changeset("20250101120000_older",
                "CREATE TABLE c (id bigint);"));
        Executors.write(dir.resolve("20250103000000_newer.sql"), changeset("20250103000000_newer",
                "CREATE TABLE d (id bigint);"));

        assertThat(states(database, dir, MigrationFormat.LIQUIBASE, LiquibaseHistory.standard())).containsExactly(
                "20250101000000_create_a.sql APPLIED", "20250101120000_older.sql OUT_OF_ORDER",
                "20250102000000_create_b.sql EDITED_AFTER_APPLY", "20250103000000_newer.sql PENDING");
        // Liquibase agrees: it refuses to run on the edited file
        assertThatThrownBy(() -> Executors.liquibaseUpdate(database, root))
            .hasStackTraceContaining("20250102000000_create_b.sql")
            .hasStackTraceContaining("Validation Failed");
    }

    @Test
    void liquibaseIgnoresWhatItsChecksumIgnores(TestDatabase database) throws Exception {
        Path dir = Files.createDirectories(root.resolve("db/migrations"));
        Executors.write(dir.resolve("1_a.sql"), changeset("1_a", "CREATE TABLE a (id bigint);"));
        Executors.liquibaseUpdate(database, root);
        Executors.write(dir.resolve("1_a.sql"), changeset("1_a", "CREATE TABLE a (id bigint);").replace("\n",
                "\r\n"));
        assertThat(states(database, dir, MigrationFormat.LIQUIBASE, LiquibaseHistory.standard()))
            .containsExactly("1_a.sql APPLIED");
        Executors.liquibaseUpdate(database, root); // and Liquibase runs
    }

    @Test
    void flyway(TestDatabase database) throws Exception {
        Path dir = Files.createDirectories(root.resolve("db/migrations"));
        Executors.write(dir.resolve("V1__create_a.sql"), "CREATE TABLE a (id bigint PRIMARY KEY);\n");
        Executors.write(dir.resolve("V3__create_b.sql"), "CREATE TABLE b (id bigint PRIMARY KEY);\n");
        Executors.flyway(database, dir).migrate();
        assertThat(states(database, dir, MigrationFormat.FLYWAY, FlywayHistory.standard()))
            .containsExactly("V1__create_a.sql APPLIED", "V3__create_b.sql APPLIED");

        Executors.write(dir.resolve("V1__create_a.sql"), "CREATE TABLE a (id bigint PRIMARY KEY, x int);\n");
        Executors.write(dir.resolve("V3__create_b.sql"), "CREATE TABLE b (id bigint PRIMARY KEY);\r\n");
        Executors.write(dir.resolve("V2__late.sql"), "CREATE TABLE c (id bigint);\n");
        Executors.write(dir.resolve("V4__next.sql"), "CREATE TABLE d (id bigint);\n");

        assertThat(states(database, dir, MigrationFormat.FLYWAY, FlywayHistory.standard())).containsExactly(
                "V1__create_a.sql EDITED_AFTER_APPLY", "V2__late.sql OUT_OF_ORDER", "V3__create_b.sql APPLIED",
                "V4__next.sql PENDING");
        // Flyway agrees: V1 fails its validation on the checksum, V3 (line endings only) does not
        var result = Executors.flyway(database, dir).validateWithResult();
        assertThat(result.invalidMigrations)
            .anySatisfy(invalid -> assertThat(invalid.version).isEqualTo("1"))
            .noneSatisfy(invalid -> assertThat(invalid.version).isEqualTo("3"));
    }

    private static List<String> states(TestDatabase database, Path dir, MigrationFormat format,
            ExecutorHistory history) throws Exception {
        try (Connection connection = database.connect()) {
            return DirectoryStatus.read(MigrationDirectory.ofPath(dir), format, history, connection, 5)
                .files()
                .stream()
                .map(status -> status.file().name() + " " + status.state())
                .toList();
        }
    }

    private static String changeset(String id, String sql) {
        return "-- liquibase formatted sql\n\n-- changeset migrate:" + id + "\n" + sql + "\n-- rollback SELECT 1;\n";
    }

}
