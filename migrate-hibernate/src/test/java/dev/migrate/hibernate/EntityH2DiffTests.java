package dev.migrate.hibernate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.h2.jdbcx.JdbcDataSource;
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
import dev.migrate.h2.H2;
import dev.migrate.testing.TestDatabases;
import dev.migrate.testing.TestH2Database;

/** The 32-entity model on H2: from an empty directory to a migration that Hibernate's validation accepts. */
@ExtendWith(TestDatabases.class)
class EntityH2DiffTests {

    @TempDir
    Path directory;

    @Test
    void fromAnEmptyDirectoryTheMigrationValidatesAndASecondDiffIsEmpty(TestH2Database appDatabase) throws Exception {
        EntityModel model = ShopModel.scan();
        List<String> script = EntitySchemaScript.create(model, HibernateSettings.h2());
        JdbcDataSource devDataSource = new JdbcDataSource();
        devDataSource.setURL(H2.devDatabaseUrl());
        try (DevDatabase dev = DevDatabase.connect(devDataSource)) {
            assertThat(dev.dialect().name()).isEqualTo("H2");
            SchemaDiffSession session = new SchemaDiffSession(dev, DiffOptions.DEFAULTS);

            WrittenMigration written = session.generate(script, directory, MigrationFormat.GOLANG_MIGRATE,
                    Optional.empty()).orElseThrow();

            String appUrl = appDatabase.url();
            try (Connection app = DriverManager.getConnection(appUrl)) {
                ScriptRunner.runFile(app, written.files().get(0));
                HibernateValidation.validate(model, appUrl);
                ScriptRunner.runFile(app, written.files().get(1));
                assertThat(tableCount(app)).isZero();
            }
            SchemaDiff second = session.diff(script, MigrationDirectory.ofPath(directory),
                    MigrationFormat.GOLANG_MIGRATE);
            assertThat(second.upSql()).isEmpty();
            assertThat(session.generate(script, directory, MigrationFormat.GOLANG_MIGRATE, Optional.of("again")))
                .isEmpty();
        }
    }

    /** Base tables only: validation adds Hibernate's global temporary tables. */
    private static int tableCount(Connection connection) throws SQLException {
        try (var statement = connection.createStatement(); var rows = statement.executeQuery(
                "select count(*) from information_schema.tables where table_schema = 'PUBLIC' "
                        + "and table_type = 'BASE TABLE'")) {
            rows.next();
            return rows.getInt(1);
        }
    }

}
