package dev.migrate.hibernate;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import dev.migrate.devdb.DevDatabase;
import dev.migrate.dialect.Dialect;
import dev.migrate.dir.MigrationFormat;
import dev.migrate.dir.WrittenMigration;
import dev.migrate.generate.DiffOptions;
import dev.migrate.generate.SchemaDiffSession;
import dev.migrate.h2.H2;
import dev.migrate.schema.InspectOptions;
import dev.migrate.schema.Schema;
import dev.migrate.testing.TestDatabases;
import dev.migrate.testing.TestH2Database;

/**
 * The scripted series of entity changes ({@code series.v1} to {@code v9}) on H2: each step's migration applies,
 * Hibernate's validation accepts it, its reverse restores the step before, and a second diff is empty.
 */
@ExtendWith(TestDatabases.class)
class EntityH2ChangeSeriesTests {

    private static final String SERIES = "dev.migrate.hibernate.series.";

    private static final Dialect H2_DIALECT = H2.dialect();

    @TempDir
    Path directory;

    @Test
    void everyStepAppliesValidatesAndReverts(TestH2Database appDatabase) throws Exception {
        List<String> steps = List.of("v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9");
        JdbcDataSource devDataSource = new JdbcDataSource();
        devDataSource.setURL(H2.devDatabaseUrl());
        String appUrl = appDatabase.url();
        try (DevDatabase dev = DevDatabase.connect(devDataSource);
                Connection app = DriverManager.getConnection(appUrl)) {
            SchemaDiffSession session = new SchemaDiffSession(dev, new DiffOptions(true));
            for (String step : steps) {
                EntityModel model = EntityModel.scan(getClass().getClassLoader(), SERIES + step);
                List<String> script = EntitySchemaScript.create(model, HibernateSettings.h2());
                WrittenMigration written = session
                    .generate(script, directory, MigrationFormat.GOLANG_MIGRATE, Optional.empty())
                    .orElseThrow(() -> new AssertionError(step + " produced no migration"));

                Schema before = inspect(app);
                ScriptRunner.runFile(app, written.files().get(0));
                HibernateValidation.validate(model, appUrl);
                ScriptRunner.runFile(app, written.files().get(1));
                assertThat(H2_DIALECT.differ().diff(before, inspect(app))).as(step + " reverted").isEmpty();
                ScriptRunner.runFile(app, written.files().get(0));

                assertThat(session.generate(script, directory, MigrationFormat.GOLANG_MIGRATE, Optional.empty()))
                    .as(step + " diffed again").isEmpty();
            }
            try (var files = java.nio.file.Files.list(directory)) {
                Path last = files.filter(f -> f.toString().endsWith(".up.sql")).sorted().reduce((a, b) -> b)
                    .orElseThrow();
                assertThat(java.nio.file.Files.readString(last))
                    .contains("--   ALTER TABLE author ALTER COLUMN name RENAME TO full_name;");
            }
        }
    }

    private static Schema inspect(Connection connection) {
        return H2_DIALECT.inspect(connection, InspectOptions.schema("public"));
    }

}
