package dev.migrate.dir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MigrationFormatTests {

    @ParameterizedTest
    @CsvSource({
            "atlas,          20240101120000_create_users.sql,      20240101120000, create_users, UP",
            "atlas,          1.sql,                                1,              '',           UP",
            "golang-migrate, 20220504114411_initial.up.sql,        20220504114411, initial,      UP",
            "golang-migrate, 20220504114411_initial.down.sql,      20220504114411, initial,      DOWN",
            "flyway,         V20240101120000__add_email.sql,       20240101120000, add_email,    UP",
            "flyway,         U1.2__add_email.sql,                  1.2,            add_email,    DOWN",
            "flyway,         V1_1__first.sql,                      1_1,            first,        UP",
            "liquibase,      20240101120000_add email.sql,         20240101120000, add email,    UP" })
    void readsVersionDescriptionAndDirection(String format, String name, String version, String description,
            Direction direction) {
        assertThat(MigrationFormat.fromId(format).parse(name))
            .contains(new MigrationFile(name, version, description, direction));
    }

    @ParameterizedTest
    @CsvSource({ "golang-migrate, 1_x.sql", "flyway, 1__x.sql", "flyway, R__views.sql",
            "liquibase, changelog.sql" })
    void rejectsNamesOfOtherFormats(String format, String name) {
        assertThat(MigrationFormat.fromId(format).parse(name)).isEmpty();
    }

    @Test
    void namesNewFilesPerFormat() {
        assertThat(MigrationFormat.ATLAS.fileNames("20240101120000", "x")).containsExactly("20240101120000_x.sql");
        assertThat(MigrationFormat.GOLANG_MIGRATE.fileNames("2", "x")).containsExactly("2_x.up.sql", "2_x.down.sql");
        assertThat(MigrationFormat.FLYWAY.fileNames("2", "x")).containsExactly("V2__x.sql", "U2__x.sql");
        assertThat(MigrationFormat.LIQUIBASE.fileNames("2", "x")).containsExactly("2_x.sql");
    }

    @Test
    void unknownFormatListsTheValidOnes() {
        assertThatThrownBy(() -> MigrationFormat.fromId("goose"))
            .isInstanceOf(MigrationDirectoryException.class)
            .hasMessageContaining("Unknown migration format 'goose'")
            .satisfies(ex -> assertThat(((MigrationDirectoryException) ex).fix())
                .isEqualTo("Use one of: atlas, golang-migrate, flyway, liquibase."));
    }

    @Test
    void ordersByNumericVersion() {
        MigrationSet set = MigrationSet.of("dir", List.of("10_b.sql", "9_a.sql", "100_c.sql"),
                MigrationFormat.LIQUIBASE);

        assertThat(set.files()).extracting(MigrationFile::version).containsExactly("9", "10", "100");
        assertThat(set.latestVersion()).contains("100");
        assertThat(set.find("10")).map(MigrationFile::name).contains("10_b.sql");
    }

    @Test
    void keepsUpAndDownOfOneVersionTogether() {
        MigrationSet set = MigrationSet.of("dir", List.of("1_a.down.sql", "1_a.up.sql", "2_b.up.sql"),
                MigrationFormat.GOLANG_MIGRATE);

        assertThat(set.files()).extracting(MigrationFile::name).containsExactly("1_a.up.sql", "1_a.down.sql",
                "2_b.up.sql");
        assertThat(set.upFiles()).hasSize(2);
    }

    @Test
    void duplicateVersionNamesBothFiles() {
        assertThatThrownBy(() -> MigrationSet.of("db/migrations",
                List.of("20240101120000_team_a.sql", "20240101120000_team_b.sql"), MigrationFormat.ATLAS))
            .isInstanceOf(DuplicateVersionException.class)
            .hasMessage("Two migrations in db/migrations have version 20240101120000: 20240101120000_team_a.sql and "
                    + "20240101120000_team_b.sql.");
    }

    @Test
    void flywayVersionsThatAreEqualAsNumbersClash() {
        assertThatThrownBy(() -> MigrationSet.of("d", List.of("V1.0__a.sql", "V1__b.sql"), MigrationFormat.FLYWAY))
            .isInstanceOf(DuplicateVersionException.class)
            .hasMessageContaining("V1.0__a.sql").hasMessageContaining("V1__b.sql");
    }

    @Test
    void misnamedFileSaysWhichPatternIsExpected() {
        assertThatThrownBy(() -> MigrationSet.of("d", List.of("notes.sql"), MigrationFormat.FLYWAY))
            .isInstanceOf(MigrationDirectoryException.class)
            .hasMessage("notes.sql in d does not follow the flyway format: its files are named "
                    + "V<version>__<name>.sql / U<version>__<name>.sql.");
        // Read aloud for every format. (In format atlas, as in Atlas itself, notes.sql is a migration of version
        // "notes": any name before the first '_' is a version.)
        assertThatThrownBy(() -> MigrationSet.of("d", List.of("notes.sql"), MigrationFormat.GOLANG_MIGRATE))
            .hasMessageStartingWith("notes.sql in d does not follow the golang-migrate format");
    }

    @Test
    void versionsCompareAsNumbers() {
        assertThat(Version.parse("1.10")).isGreaterThan(Version.parse("1.9"));
        assertThat(Version.parse("1.0")).isEqualTo(Version.parse("1")).hasSameHashCodeAs(Version.parse("1"));
        assertThat(Version.parse("20240101120000")).isGreaterThan(Version.parse("999"));
        assertThatThrownBy(() -> Version.parse("abc")).hasMessageContaining("is not a version");
    }

}
