package dev.migrate.hibernate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import dev.migrate.devdb.DevDatabase;
import dev.migrate.dir.MigrationDirectory;
import dev.migrate.dir.MigrationFormat;
import dev.migrate.dir.WrittenMigration;
import dev.migrate.generate.DiffOptions;
import dev.migrate.generate.SchemaDiff;
import dev.migrate.generate.SchemaDiffSession;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;

/** The 32-entity model from an empty directory to a migration that Hibernate's validation accepts. */
@ExtendWith(TestDatabases.class)
class EntityDiffTests {

    @TempDir
    Path directory;

    private DevDatabase dev;

    @BeforeEach
    void connect(TestDatabase devDb) {
        dev = DevDatabase.connect(devDb.dataSource());
    }

    @AfterEach
    void close() {
        dev.close();
    }

    @Test
    void fromAnEmptyDirectoryTheMigrationValidatesAndASecondDiffIsEmpty(TestDatabase app) throws Exception {
        EntityModel model = ShopModel.scan();
        List<String> script = EntitySchemaScript.create(model, HibernateSettings.postgresql());
        SchemaDiffSession session = new SchemaDiffSession(dev, DiffOptions.DEFAULTS);

        WrittenMigration written = session.generate(script, directory, MigrationFormat.GOLANG_MIGRATE, Optional.empty())
            .orElseThrow();

        assertThat(written.files()).extracting(file -> file.getFileName().toString())
            .allMatch(name -> name.matches("\\d{14}_create_audit_log_and_\\d+_more\\.(up|down)\\.sql"));
        try (Connection connection = app.connect()) {
            ScriptRunner.runFile(connection, written.files().get(0));
        }
        HibernateValidation.validate(model, app);
        try (Connection connection = app.connect()) {
            ScriptRunner.runFile(connection, written.files().get(1));
            assertThat(tableCount(connection)).isZero();
        }
        SchemaDiff second = session.diff(script, MigrationDirectory.ofPath(directory), MigrationFormat.GOLANG_MIGRATE);
        assertThat(second.upSql()).isEmpty();
        assertThat(session.generate(script, directory, MigrationFormat.GOLANG_MIGRATE, Optional.of("again")))
            .isEmpty();
    }

    private static int tableCount(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("select count(*) from pg_tables where schemaname = 'public'")) {
            rows.next();
            return rows.getInt(1);
        }
    }

}
