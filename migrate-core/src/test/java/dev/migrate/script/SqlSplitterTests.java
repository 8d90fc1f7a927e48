package dev.migrate.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SqlSplitterTests {

    @Test
    void splitsOnSemicolonsAndNumbersLinesWhereCodeBegins() {
        List<SqlStatement> statements = SqlSplitter.split("""
                create table a (id int);
                -- the second table
                create table b (
                  id int
                );

                insert into a values (1)""");

        assertThat(statements).containsExactly(new SqlStatement("create table a (id int)", 1),
                new SqlStatement("-- the second table\ncreate table b (\n  id int\n)", 3),
                new SqlStatement("insert into a values (1)", 7));
    }

    @Test
    void semicolonsInsideLiteralsIdentifiersAndCommentsDoNotSplit() {
        List<SqlStatement> statements = SqlSplitter.split("""
                insert into t values ('a;b', 'it''s; fine', E'back\\'slash;', "col;umn");
                /* block; /* nested; */ still comment; */ select 1;
                select 2 -- trailing; comment
                ;
                """);

        assertThat(statements).extracting(SqlStatement::sql)
            .containsExactly("insert into t values ('a;b', 'it''s; fine', E'back\\'slash;', \"col;umn\")",
                    "/* block; /* nested; */ still comment; */ select 1", "select 2 -- trailing; comment");
    }

    @Test
    void dollarQuotedBodiesStayWhole() {
        String function = """
                create function touch() returns trigger language plpgsql as $$
                begin
                  new.updated_at := now();
                  return new;
                end;
                $$""";
        String tagged = """
                do $body$ begin perform 1; raise notice '$$;'; end $body$""";

        List<SqlStatement> statements = SqlSplitter.split(function + ";\n" + tagged + ";\nselect $1::int");

        assertThat(statements).extracting(SqlStatement::sql).containsExactly(function, tagged, "select $1::int");
    }

    @Test
    void dollarSignsInsideIdentifiersStartNoQuote() {
        assertThat(SqlSplitter.split("select a$b$ from t; select 2")).extracting(SqlStatement::sql)
            .containsExactly("select a$b$ from t", "select 2");
    }

    @Test
    void commentOnlyPartsAreNotStatements() {
        assertThat(SqlSplitter.split("-- nothing here;\n/* nor; here */ ;\n;  \n")).isEmpty();
    }

    @Test
    void aWordDelimiterCountsOnlyOnItsOwnLine() {
        List<SqlStatement> statements = SqlSplitter.split("""
                select go from t; select 1
                GO
                select 2
                  go
                """, StatementDelimiter.of("GO"));

        assertThat(statements).extracting(SqlStatement::sql)
            .containsExactly("select go from t; select 1", "select 2");
    }

    @Test
    void aSlashDelimiterIgnoresDivision() {
        assertThat(SqlSplitter.split("select 4 / 2;\n/\nselect 1\n/\n", StatementDelimiter.of("/")))
            .extracting(SqlStatement::sql)
            .containsExactly("select 4 / 2;", "select 1");
    }

    @Test
    void aLiteralDelimiterMaySpanLines() {
        assertThat(SqlSplitter.split("select 1;\nselect 2;\n\n\nselect 3", StatementDelimiter.literal("\n\n\n")))
            .extracting(SqlStatement::sql)
            .containsExactly("select 1;\nselect 2;", "select 3");
    }

}
