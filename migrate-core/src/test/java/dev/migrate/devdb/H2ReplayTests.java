package dev.migrate.devdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migrate.dir.MigrationFormat;
import dev.migrate.h2.H2;
import dev.migrate.schema.InspectOptions;
import dev.migrate.schema.Schema;

/** Replay on an H2 dev database: Liquibase changesets for H2 run, those for other databases do not. */
class H2ReplayTests {

    @TempDir
    Path path;

    @Test
    void liquibaseRunsTheChangesetsForH2() {
        TestDirectory dir = new TestDirectory(path).add("20240101000000_init.sql", """
                -- liquibase formatted sql
                -- changeset dev:1
                create table users (id bigint primary key);
                -- rollback drop table users;
                -- changeset dev:2 dbms:postgresql
                create extension if not exists citext;
                -- changeset dev:3 dbms:h2
                alter table users add column email varchar(254);
                """);
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(H2.devDatabaseUrl());
        try (DevDatabase dev = DevDatabase.connect(dataSource);
                ReplayedSchema schema = dev.replayWithoutCache(dir.directory(), MigrationFormat.LIQUIBASE)) {
            assertThat(schema.report().statements()).isEqualTo(2);
            Schema replayed = dev.inSchema(schema.name(),
                    connection -> dev.dialect().inspect(connection, InspectOptions.schema(schema.name())));
            assertThat(replayed.table("users").orElseThrow().columns()).extracting(c -> c.name())
                .containsExactly("id", "email");
        }
    }

}
