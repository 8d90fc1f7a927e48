package dev.migrate.dir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Atlas's rules where they are easy to get almost right: the {@code atlas:sum ignore} directive, the trimming of
 * names in {@code atlas.sum}, versions and up/down pairs in format {@code atlas}. Expected values come from
 * vectors/atlas_sum_reference.py and from atlas.sum files Atlas wrote for its own test directories.
 */
class AtlasRulesTests {

    @Test
    void ignoresAFileOnlyForExactlyTheSumIgnoreDirectiveOnAPrintableFirstLine() {
        SumFile sum = SumFile.compute(MigrationDirectory.ofPath(Directories.vector("directives")));

        List<String> hashed = sum.entries().stream().map(SumFile.Entry::name).toList();
        assertThat(hashed).doesNotContain("01_plain.sql", "06_two_spaces.sql", "07_no_newline.sql",
                "11_twice.sql", "12_bare.sql", "20_many_spaces.sql");
        assertThat(hashed).contains("02_crlf.sql", "03_ignored.sql", "04_extra.sql", "05_trailing_space.sql",
                "08_tab.sql", "09_second_line.sql", "10_later_directive.sql", "13_non_ascii_before.sql", "14_upper.sql",
                "15_word.sql", "16_nul.sql", "17_only_spaces_after.sql", "18_empty.sql", "19_bom.sql");
    }

    @Test
    void atlasOwnTestDirectoriesValidateInFormatAtlas() {
        for (String vector : List.of("atlas-sub", "atlas-fixed", "atlas-partial-checkpoint", "atlas-up-down")) {
            MigrationDirectory dir = MigrationDirectory.ofPath(Directories.vector(vector));

            assertThat(IntegrityVerifier.verify(dir, true).status()).as(vector).isEqualTo(IntegrityStatus.OK);
            assertThat(MigrationSet.of(dir, MigrationFormat.ATLAS).files()).as(vector).isNotEmpty();
        }
    }

    @Test
    void anAtlasVersionIsWhateverPrecedesTheFirstUnderscore() {
        MigrationSet sub = MigrationSet.of(MigrationDirectory.ofPath(Directories.vector("atlas-sub")),
                MigrationFormat.ATLAS);
        MigrationSet fixed = MigrationSet.of(MigrationDirectory.ofPath(Directories.vector("atlas-fixed")),
                MigrationFormat.ATLAS);

        assertThat(sub.files()).extracting(MigrationFile::version).containsExactly("1.a", "2.10.x-20", "3");
        assertThat(sub.files()).extracting(MigrationFile::description).containsExactly("sub", "description", "partly");
        assertThat(fixed.files()).extracting(MigrationFile::version).containsExactly("1", "2", "3");
        assertThat(sub.find("2.10.x-20")).map(MigrationFile::name).contains("2.10.x-20_description.sql");
        assertThat(MigrationFormat.ATLAS.parse("1.0_init.sql")).map(MigrationFile::version).contains("1.0");
        assertThat(MigrationFormat.ATLAS.parse("create_users.sql")).map(MigrationFile::version).contains("create");
    }

    @Test
    void anUpAndADownFileOfOneVersionAreOneMigrationAndItsReverse() {
        MigrationSet set = MigrationSet.of(MigrationDirectory.ofPath(Directories.vector("atlas-up-down")),
                MigrationFormat.ATLAS);

        assertThat(set.upFiles()).extracting(MigrationFile::name).containsExactly("1_initial.up.sql");
        assertThat(set.files()).extracting(MigrationFile::direction).containsExactly(Direction.UP, Direction.DOWN);
        assertThat(set.files()).extracting(MigrationFile::description).containsExactly("initial", "initial");
    }

    @Test
    void atlasFilesRunInNameOrderAsAtlasAppliesThem() {
        MigrationSet set = MigrationSet.of("dir", List.of("10_b.sql", "2_a.sql", "1_c.sql"), MigrationFormat.ATLAS);

        assertThat(set.files()).extracting(MigrationFile::name).containsExactly("10_b.sql", "1_c.sql", "2_a.sql");
    }

    @Test
    void namesInTheSumFileAreTrimmedAsGoTrimSpaceTrimsThem() throws IOException {
        List<String> cases = Files.readAllLines(Directories.vector("directives").getParent().resolve(
                "sum-trim-cases.txt"), StandardCharsets.UTF_8);
        int checked = 0;
        for (String testCase : cases) {
            if (testCase.startsWith("#")) {
                continue;
            }
            String[] parts = testCase.split(" ");
            String line = new String(HexFormat.of().parseHex(parts[0]), StandardCharsets.UTF_8);
            String expected = parts[1].equals("-") ? "" : new String(HexFormat.of().parseHex(parts[1]),
                    StandardCharsets.UTF_8);
            byte[] content = sumWith(line);
            if (expected.isEmpty() || expected.startsWith("\uFEFF")) {
                assertThatThrownBy(() -> SumFile.parse(content)).as(parts[0])
                    .isInstanceOf(SumFileFormatException.class)
                    .satisfies(ex -> assertThat(((SumFileFormatException) ex).line()).isEqualTo(2));
            }
            else {
                assertThat(SumFile.parse(content).entries().get(0).name()).as(parts[0]).isEqualTo(expected);
            }
            checked++;
        }
        assertThat(checked).isEqualTo(400);
    }

    @Test
    void aNulBeforeANameIsPartOfTheNameAsInAtlas() {
        SumFile sum = SumFile.parse(sumWith("\u00001_a.sql h1:" + "A".repeat(43) + "="));

        assertThat(sum.entries().get(0).name()).isEqualTo("\u00001_a.sql");
    }

    @ParameterizedTest
    @ValueSource(strings = { "\uFEFF1_a.sql", " \uFEFF1_a.sql" })
    void aByteOrderMarkBeforeANameIsReportedOnItsOwnLine(String name) {
        String text = "h1:" + "A".repeat(43) + "=\n" + name + " h1:" + "A".repeat(43) + "=\n2_b.sql h1:"
                + "A".repeat(43) + "=\n";

        assertThatThrownBy(() -> SumFile.parse(text.getBytes(StandardCharsets.UTF_8)))
            .isInstanceOf(SumFileFormatException.class)
            .hasMessageContaining("byte-order mark")
            .satisfies(ex -> assertThat(((SumFileFormatException) ex).line()).isEqualTo(2));
    }

    @Test
    void aCrlfIgnoreDirectiveIsHashedSoASumAtlasWroteValidates(@org.junit.jupiter.api.io.TempDir Path temp)
            throws IOException {
        Path dir = Files.createDirectories(temp.resolve("dir"));
        Files.write(dir.resolve("1_a.sql"), "-- atlas:sum ignore\r\nSELECT 1;\r\n".getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("2_b.sql"), "-- atlas:sum  ignore\nSELECT 2;\n".getBytes(StandardCharsets.UTF_8));

        SumFile sum = SumFile.compute(MigrationDirectory.ofPath(dir));

        assertThat(sum.entries()).extracting(SumFile.Entry::name).containsExactly("1_a.sql");
    }

    private static byte[] sumWith(String line) {
        SumFile.Entry entry = new SumFile.Entry("x", "A".repeat(43) + "=");
        String total = SumFile.of(List.of(entry)).total();
        return ("h1:" + total + "\n" + line + "\n").getBytes(StandardCharsets.UTF_8);
    }

}
