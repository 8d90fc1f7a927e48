package dev.migrate.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class LiquibaseFormattedSqlTests {

    @Test
    void readsChangesetsWithoutTheirRollbackLines() {
        List<LiquibaseChangeset> changesets = LiquibaseFormattedSql.parse("""
                -- liquibase formatted sql

                -- changeset alice:1
                create table users (id int primary key);
                create index users_id on users (id);
                -- rollback drop table users;

                --changeset bob:"two words" runOnChange:true
                alter table users add column email text;
                --rollback alter table users drop column email;
                """).orElseThrow();

        assertThat(changesets).extracting(LiquibaseChangeset::label).containsExactly("alice:1", "bob:two words");
        assertThat(changesets.get(0).statements()).containsExactly(
                new SqlStatement("create table users (id int primary key)", 4),
                new SqlStatement("create index users_id on users (id)", 5));
        assertThat(changesets.get(1).statements()).extracting(SqlStatement::sql)
            .containsExactly("alter table users add column email text");
        assertThat(changesets.get(1).attribute("RUNONCHANGE")).contains("true");
    }

    @Test
    void splitStatementsFalseSendsTheChangesetAsOneStatement() {
        LiquibaseChangeset changeset = single("""
                -- liquibase formatted sql
                -- changeset a:1 splitStatements:false

                create function f() returns int language sql as 'select 1';
                select f();
                """);

        assertThat(changeset.statements()).containsExactly(
                new SqlStatement("create function f() returns int language sql as 'select 1';\nselect f();", 4));
    }

    @Test
    void endDelimiterReplacesTheSemicolon() {
        LiquibaseChangeset changeset = single("""
                -- liquibase formatted sql
                -- changeset a:1 endDelimiter:/
                create function f() returns int language plpgsql as 'begin return 1; end';
                /
                select f();
                /
                """);

        assertThat(changeset.statements()).extracting(SqlStatement::sql).containsExactly(
                "create function f() returns int language plpgsql as 'begin return 1; end';", "select f();");
    }

    @Test
    void dbmsAttributeDecidesWhetherPostgresqlRunsIt() {
        assertThat(single("-- liquibase formatted sql\n-- changeset a:1 dbms:h2,postgresql\nselect 1;\n")
            .runsOn("postgresql")).isTrue();
        assertThat(single("-- liquibase formatted sql\n-- changeset a:1 dbms:h2\nselect 1;\n").runsOn("postgresql"))
            .isFalse();
        assertThat(single("-- liquibase formatted sql\n-- changeset a:1 dbms:!postgresql\nselect 1;\n")
            .runsOn("postgresql")).isFalse();
        assertThat(single("-- liquibase formatted sql\n-- changeset a:1 dbms:!h2\nselect 1;\n").runsOn("postgresql"))
            .isTrue();
    }

    @Test
    void rollbackBlocksAndIgnoredLinesAreNotExecuted() {
        LiquibaseChangeset changeset = single("""
                -- liquibase formatted sql
                -- changeset a:1
                create table t (id int);
                /* liquibase rollback
                drop table t;
                */
                --ignoreLines:start
                this is not sql;
                --ignoreLines:end
                --ignoreLines:1
                nor this;
                create table u (id int);
                """);

        assertThat(changeset.statements()).containsExactly(new SqlStatement("create table t (id int)", 3),
                new SqlStatement("create table u (id int)", 12));
    }

    @Test
    void aFileWithoutTheHeaderIsNotFormattedSql() {
        assertThat(LiquibaseFormattedSql.parse("-- changeset a:1\ncreate table t (id int);\n")).isEmpty();
    }

    private static LiquibaseChangeset single(String text) {
        List<LiquibaseChangeset> changesets = LiquibaseFormattedSql.parse(text).orElseThrow();
        assertThat(changesets).hasSize(1);
        return changesets.get(0);
    }

}
