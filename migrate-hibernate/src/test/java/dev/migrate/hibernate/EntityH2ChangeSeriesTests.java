package dev.migrate.hibernate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import dev.migrate.devdb.DevDatabase;
import dev.migrate.generate.DiffOptions;
import dev.migrate.generate.SchemaDiffSession;
import dev.migrate.h2.H2;
import dev.migrate.schema.InspectOptions;
import dev.migrate.testing.TestDatabases;
import dev.migrate.testing.TestH2Database;

/**
 * The scripted series of entity changes ({@code series.v1} to {@code v9}) on H2: each step's migration applies,
 * Hibernate's validation accepts it, its reverse restores the step before, and a second diff is empty.
 */
@ExtendWith(TestDatabases.class)
class EntityH2ChangeSeriesTests {

    @TempDir
    Path directory;

    @Test
    void everyStepAppliesValidatesAndReverts(TestH2Database appDatabase) throws Exception {
        JdbcDataSource devDataSource = new JdbcDataSource();
        devDataSource.setURL(H2.devDatabaseUrl());
        String appUrl = appDatabase.url();
        try (DevDatabase dev = DevDatabase.connect(devDataSource);
                Connection app = DriverManager.getConnection(appUrl)) {
            SchemaDiffSession session = new SchemaDiffSession(dev, new DiffOptions(true));
            new EntityChangeSeries(H2.dialect(), HibernateSettings.h2(), app, appUrl, InspectOptions.schema("public"))
                .run(session, directory);
            assertThat(Files.readString(EntityChangeSeries.lastUpFile(directory)))
                .contains("--   ALTER TABLE author ALTER COLUMN name RENAME TO full_name;");
        }
    }

}
