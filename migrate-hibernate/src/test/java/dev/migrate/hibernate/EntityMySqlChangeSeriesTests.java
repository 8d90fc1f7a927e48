package dev.migrate.hibernate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import dev.migrate.devdb.DevDatabase;
import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.Dialects;
import dev.migrate.dir.MigrationFormat;
import dev.migrate.dir.WrittenMigration;
import dev.migrate.generate.DiffOptions;
import dev.migrate.generate.SchemaDiffSession;
import dev.migrate.schema.InspectOptions;
import dev.migrate.schema.Schema;
import dev.migrate.testing.TestDatabases;
import dev.migrate.testing.TestMySql;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * The 32-entity model and the scripted series of entity changes ({@code series.v1} to {@code v9}) on MariaDB: each
 * migration applies, Hibernate's validation accepts it, its reverse restores the step before, and a second diff is
 * empty.
 */
@ExtendWith(TestDatabases.class)
class EntityMySqlChangeSeriesTests {

    private static final Dialect MARIADB = Dialects.byId("mariadb").orElseThrow();

    @TempDir
    Path directory;

    @AfterEach
    void dropCaches() {
        TestMySql.server().dropCachesOf(directory);
    }

    @Test
    void theShopModelFromAnEmptyDirectoryValidatesRevertsAndASecondDiffIsEmpty(TestMySql.Database app)
            throws Exception {
        EntityModel model = ShopModel.scan();
        try (DevDatabase dev = DevDatabase.connect(devDataSource());
                Connection connection = app.connect()) {
            List<String> script = EntitySchemaScript.create(model, settings(dev));
            SchemaDiffSession session = new SchemaDiffSession(dev, DiffOptions.DEFAULTS);
            WrittenMigration written = session
                .generate(script, directory, MigrationFormat.GOLANG_MIGRATE, Optional.empty()).orElseThrow();
            ScriptRunner.runFile(connection, written.files().get(0));
            assertThat(inspect(connection, app).tables()).hasSizeGreaterThanOrEqualTo(32);
            HibernateValidation.validate(model, app.url());
            ScriptRunner.runFile(connection, written.files().get(1));
            assertThat(inspect(connection, app).tables()).isEmpty();
            assertThat(session.generate(script, directory, MigrationFormat.GOLANG_MIGRATE, Optional.of("again")))
                .isEmpty();
        }
    }

    @Test
    void everyStepAppliesValidatesAndReverts(TestMySql.Database app) throws Exception {
        try (DevDatabase dev = DevDatabase.connect(devDataSource());
                Connection connection = app.connect()) {
            SchemaDiffSession session = new SchemaDiffSession(dev, new DiffOptions(true));
            new EntityChangeSeries(MARIADB, settings(dev), connection, app.url(), InspectOptions.schema(app.name()))
                .run(session, directory);
            assertThat(Files.readString(EntityChangeSeries.lastUpFile(directory)))
                .contains("--   ALTER TABLE `author` RENAME COLUMN `name` TO `full_name`;");
        }
    }

    /** Hibernate's dialect for the dev server, at its version, as the starter and the plugin set it. */
    private static HibernateSettings settings(DevDatabase dev) {
        return HibernateSettings.forDialect(dev.dialect().hibernateDialect())
            .withProperties(dev.dialect().hibernateProperties());
    }

    private static Schema inspect(Connection connection, TestMySql.Database app) {
        return MARIADB.inspect(connection, InspectOptions.schema(app.name()));
    }

    private static DataSource devDataSource() throws SQLException {
        MariaDbDataSource dataSource = new MariaDbDataSource();
        dataSource.setUrl(TestMySql.server().serverUrl());
        return dataSource;
    }

}
