package dev.migrate.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class LintOutputTests {

    private final LintReport report = new LintReport("db", List.of("1_a.sql", "2_b.sql"), List.of(
            new LintFinding("1_a.sql", 3, "DS103", "destructive", "Dropping column \"x\", 100%: a\nb", Severity.ERROR),
            new LintFinding("2_b.sql", 1, "PG101", "concurrent index", "Creating index \"i\"", Severity.WARNING)));

    @Test
    void textLinesAPersonReads() {
        assertThat(LintOutput.TEXT.render(report, file -> "db/" + file)).containsExactly(
                "db/1_a.sql:3: DS103: Dropping column \"x\", 100%: a\nb (error)",
                "db/2_b.sql:1: PG101: Creating index \"i\"",
                "2 file(s) linted, 1 error(s), 1 warning(s)");
    }

    @Test
    void githubWorkflowCommandsEscapeWhatGithubReads() {
        assertThat(LintOutput.GITHUB.render(report, file -> "src/db,x/" + file).get(0)).isEqualTo(
                "::error file=src/db%2Cx/1_a.sql,line=3,title=DS103 destructive::Dropping column \"x\", 100%25: a%0Ab");
    }

    @Test
    void jsonIsValidAndComplete() {
        assertThat(LintOutput.JSON.render(report, file -> file)).singleElement().isEqualTo("{\"directory\":\"db\","
                + "\"files\":[{\"name\":\"1_a.sql\",\"path\":\"1_a.sql\",\"findings\":[{\"line\":3,\"code\":\"DS103\","
                + "\"category\":\"destructive\",\"severity\":\"error\",\"message\":\"Dropping column \\\"x\\\", 100%: a\\nb\"}]},"
                + "{\"name\":\"2_b.sql\",\"path\":\"2_b.sql\",\"findings\":[{\"line\":1,\"code\":\"PG101\","
                + "\"category\":\"concurrent index\",\"severity\":\"warning\",\"message\":\"Creating index \\\"i\\\"\"}]}],"
                + "\"errors\":1,\"warnings\":1}");
    }

    @Test
    void unknownFormatIsNamed() {
        assertThatThrownBy(() -> LintOutput.named("xml")).hasMessage("Unknown lint format 'xml': use text, json or github.");
    }

    @Test
    void policyNamesCodesClassesAndAtlasAnalyzers() {
        FindingKind mf101 = FindingKind.of(dev.migrate.plan.RiskCode.MF101);
        assertThat(LintPolicy.defaults().severityOf(mf101)).isEqualTo(Severity.WARNING);
        assertThat(LintPolicy.parse("data_depend").severityOf(mf101)).isEqualTo(Severity.ERROR);
        assertThat(LintPolicy.parse("MF101").severityOf(mf101)).isEqualTo(Severity.ERROR);
        assertThat(LintPolicy.parse("none").severityOf(FindingKind.of(dev.migrate.plan.RiskCode.DS102)))
            .isEqualTo(Severity.WARNING);
        assertThat(LintPolicy.parse("none").severityOf(FindingKind.of(LintCheck.MG200))).isEqualTo(Severity.ERROR);
        assertThat(mf101.names()).isEqualTo(Set.of("mf101", "data_dependent", "data_depend"));
    }

    @Test
    void nolintAboveAStatementOrAtTheTopOfTheFile() {
        NolintDirectives statement = NolintDirectives.of("""
                CREATE TABLE a (id int);
                -- why: the column moved
                -- atlas:nolint ds103
                ALTER TABLE a DROP COLUMN b;

                -- atlas:nolint
                ALTER TABLE a DROP COLUMN c;
                """);
        assertThat(statement.silences(4, 1, Set.of("ds103", "destructive"))).isTrue();
        assertThat(statement.silences(4, 1, Set.of("mf101"))).isFalse();
        assertThat(statement.silences(7, 1, Set.of("anything"))).isTrue();
        assertThat(statement.silences(1, 1, Set.of("ds102"))).isFalse();
        NolintDirectives file = NolintDirectives.of("""
                -- atlas:nolint destructive

                DROP TABLE a;
                DROP TABLE b;
                """);
        assertThat(file.silences(3, 3, Set.of("ds102", "destructive"))).isTrue();
        assertThat(file.silences(4, 3, Set.of("ds102", "destructive"))).isTrue();
        assertThat(file.silences(4, 3, Set.of("mf103", "data_dependent"))).isFalse();
    }

}
