package dev.migrate.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import dev.migrate.devdb.DevDatabase;
import dev.migrate.dir.MigrationDirectory;
import dev.migrate.dir.MigrationFormat;
import dev.migrate.testing.TestDatabase;
import dev.migrate.testing.TestDatabases;
import dev.migrate.testing.TestH2Database;

/** Lint of a directory with one file per check and nolint cases, on PostgreSQL and on H2. */
@ExtendWith(TestDatabases.class)
class LinterTests {

    @TempDir
    Path dir;

    private static final List<String> COMMON = List.of(
            "02_drop_table.sql:1: DS102 error",
            "03_drop_column.sql:1: DS103 error",
            "04_unique_index.sql:2: MF101 warning",
            "05_made_unique.sql:2: MF102 warning",
            "06_not_null_column.sql:1: MF103 warning",
            "07_set_not_null.sql:1: MF104 warning",
            "08_rename_table.sql:1: BC101 warning",
            "09_narrow_type.sql:1: MG101 warning",
            "10_check.sql:1: MG102 warning",
            "11_primary_key.sql:1: MG103 warning",
            "12_foreign_key.sql:1: MG104 warning",
            "15_nolint_statement.sql:5: DS103 error");

    @Test
    void postgres(TestDatabase database) throws Exception {
        LintDirectory.write(dir);
        try (DevDatabase dev = DevDatabase.connect(database.dataSource())) {
            LintReport report = lint(dev);
            List<String> expected = new java.util.ArrayList<>(COMMON);
            expected.add("04_unique_index.sql:2: PG101 warning");
            expected.add("05_made_unique.sql:2: PG101 warning");
            expected.add("19_drop_fk_index.sql:1: MG201 warning");
            expected.add("20_drop_fk.sql:1: CD101 warning");
            expected.add("21_fails.sql:1: MG200 error");
            assertThat(summary(report)).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(report.files()).hasSize(18).doesNotContain(LintDirectory.BASE);
            assertThat(messageOf(report, "MG201")).isEqualTo("Dropping index \"idx_orders_user\" of table \"orders\" "
                    + "leaves foreign key \"fk_orders_user\" without an index on its column(s) \"user_id\": every "
                    + "delete or key update in \"users\" then scans \"orders\"");
            assertThat(messageOf(report, "MG200")).startsWith("Statement fails on the dev database (PostgreSQL): ")
                .contains("missing_table");
        }
    }

    @Test
    void h2(TestH2Database database) throws Exception {
        LintDirectory.write(dir);
        try (DevDatabase dev = DevDatabase.connect(database.dataSource())) {
            LintReport report = lint(dev);
            // H2 refuses to drop the index a foreign key uses: lint reports the failure and stops there
            List<String> expected = new java.util.ArrayList<>(COMMON);
            expected.add("19_drop_fk_index.sql:1: MG200 error");
            assertThat(summary(report)).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(report.files()).hasSize(16).last().isEqualTo("19_drop_fk_index.sql");
            assertThat(messageOf(report, "BC101")).isEqualTo("Renaming table \"temp\" to \"temp2\"");
        }
    }

    @Test
    void latestSelectsTheNewestFiles() throws Exception {
        LintDirectory.write(dir);
        assertThat(LintSelection.latest(MigrationDirectory.ofPath(dir), MigrationFormat.ATLAS, 2))
            .containsExactly("20_drop_fk.sql", "21_fails.sql");
    }

    private LintReport lint(DevDatabase dev) {
        MigrationDirectory directory = MigrationDirectory.ofPath(dir);
        List<String> selected = LintDirectory.FILES.keySet().stream().filter(n -> !n.equals(LintDirectory.BASE))
            .toList();
        return new Linter(dev, LintPolicy.defaults()).lint(directory, MigrationFormat.ATLAS, selected);
    }

    private static List<String> summary(LintReport report) {
        return report.findings().stream()
            .map(f -> f.file() + ":" + f.line() + ": " + f.code() + " " + f.severity().name().toLowerCase())
            .toList();
    }

    private static String messageOf(LintReport report, String code) {
        return report.findings().stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow().message();
    }

}
