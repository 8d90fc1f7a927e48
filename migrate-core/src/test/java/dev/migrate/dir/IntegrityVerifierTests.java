package dev.migrate.dir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class IntegrityVerifierTests {

    @TempDir
    Path temp;

    Path dir;

    @BeforeEach
    void threeMigrations() throws IOException {
        dir = Files.createDirectories(temp.resolve("migrations"));
        Directories.write(dir, "1_users.sql", "CREATE TABLE users (id int);\n");
        Directories.write(dir, "2_orders.sql", "CREATE TABLE orders (id int);\n");
        Directories.write(dir, "3_items.sql", "CREATE TABLE items (id int);\n");
        new MigrationWriter(dir).rehash();
    }

    private IntegrityReport verify() {
        Map<String, String> before = Directories.snapshot(dir);
        IntegrityReport report = IntegrityVerifier.verify(MigrationDirectory.ofPath(dir), true);
        assertThat(Directories.snapshot(dir)).as("validation never changes the directory").isEqualTo(before);
        return report;
    }

    private IntegrityProblem onlyProblem(IntegrityReport report) {
        assertThat(report.problems()).hasSize(1);
        return report.problems().get(0);
    }

    @Test
    void intactDirectoryIsOk() {
        IntegrityReport report = verify();

        assertThat(report.status()).isEqualTo(IntegrityStatus.OK);
        assertThat(report.problems()).isEmpty();
        assertThat(report.sum()).contains(report.computed().orElseThrow());
    }

    @Test
    void editedFileIsNamedWithItsLine() throws IOException {
        Directories.write(dir, "2_orders.sql", "CREATE TABLE orders (id bigint);\n");

        IntegrityReport report = verify();

        assertThat(report.status()).isEqualTo(IntegrityStatus.CHECKSUM_MISMATCH);
        IntegrityProblem problem = onlyProblem(report);
        assertThat(problem).extracting(IntegrityProblem::kind, IntegrityProblem::file, IntegrityProblem::line)
            .containsExactly(ProblemKind.EDITED, "2_orders.sql", 3);
        assertThat(problem.summary()).isEqualTo("L3: 2_orders.sql was edited");
        assertThat(problem.fix()).contains("./mvnw migrate:hash").contains("restore the file");
        assertThat(report.describe()).contains("You have a checksum error in your migration directory.")
            .contains("L3: 2_orders.sql was edited");
    }

    static Stream<Arguments> cosmeticEdits() {
        return Stream.of(
                Arguments.of("CREATE TABLE orders (id int);\r\n", "its line endings were changed from LF to CRLF"),
                Arguments.of("\uFEFFCREATE TABLE orders (id int);\n", "a byte-order mark was added at its start"),
                Arguments.of("CREATE TABLE orders (id int);   \n", "trailing whitespace was added to its lines"),
                Arguments.of("CREATE TABLE orders (id int);", "its final newline was removed"),
                Arguments.of("\uFEFFCREATE TABLE orders (id int);\r\n",
                        "a byte-order mark was added and its line endings were changed from LF to CRLF"));
    }

    @ParameterizedTest
    @MethodSource("cosmeticEdits")
    void cosmeticEditsAreExplainedWithTheGitattributesFix(String content, String explanation) throws IOException {
        Files.write(dir.resolve("2_orders.sql"), content.getBytes(StandardCharsets.UTF_8));

        IntegrityProblem problem = onlyProblem(verify());

        assertThat(problem.kind()).isEqualTo(ProblemKind.EDITED);
        assertThat(problem.reason()).isEqualTo("2_orders.sql was edited: it differs only in that " + explanation);
        assertThat(problem.fix()).contains("*.sql text eol=lf").contains(".gitattributes");
    }

    @Test
    void addedFileIsNamedWithTheLineItWouldTake() throws IOException {
        Directories.write(dir, "2_extra.sql", "SELECT 1;\n");

        IntegrityProblem problem = onlyProblem(verify());

        assertThat(problem.summary()).isEqualTo("L3: 2_extra.sql was added");
        assertThat(problem.kind()).isEqualTo(ProblemKind.ADDED);
    }

    @Test
    void removedFileIsNamed() throws IOException {
        Files.delete(dir.resolve("2_orders.sql"));

        IntegrityProblem problem = onlyProblem(verify());

        assertThat(problem.summary()).isEqualTo("L3: 2_orders.sql was removed");
    }

    @Test
    void removedLastFileIsNamed() throws IOException {
        Files.delete(dir.resolve("3_items.sql"));

        assertThat(onlyProblem(verify()).summary()).isEqualTo("L4: 3_items.sql was removed");
    }

    @Test
    void everyAddedAndRemovedFileIsListed() throws IOException {
        Files.delete(dir.resolve("3_items.sql"));
        Directories.write(dir, "0_first.sql", "SELECT 0;\n");
        Directories.write(dir, "9_last.sql", "SELECT 9;\n");

        IntegrityReport report = verify();

        assertThat(report.problems()).extracting(IntegrityProblem::kind, IntegrityProblem::file).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ProblemKind.ADDED, "0_first.sql"),
                org.assertj.core.groups.Tuple.tuple(ProblemKind.ADDED, "9_last.sql"),
                org.assertj.core.groups.Tuple.tuple(ProblemKind.REMOVED, "3_items.sql"));
    }

    @Test
    void missingSumWithFilesIsReported() throws IOException {
        Files.delete(dir.resolve("atlas.sum"));

        IntegrityReport report = verify();

        assertThat(report.status()).isEqualTo(IntegrityStatus.SUM_MISSING);
        assertThat(onlyProblem(report).reason()).startsWith("checksum file not found");
        assertThat(report.remedy()).contains("./mvnw migrate:hash");
    }

    @Test
    void missingSumIsAcceptedWhenNotRequired() throws IOException {
        Files.delete(dir.resolve("atlas.sum"));

        assertThat(IntegrityVerifier.verify(MigrationDirectory.ofPath(dir), false).ok()).isTrue();
    }

    @Test
    void emptyDirectoryWithoutSumIsOk() throws IOException {
        Path empty = Files.createDirectory(temp.resolve("empty"));

        assertThat(IntegrityVerifier.verify(MigrationDirectory.ofPath(empty), true).ok()).isTrue();
    }

    @Test
    void handEditedTotalIsReported() throws IOException {
        String sum = Directories.sumText(dir);
        String tampered = "h1:" + "A".repeat(43) + "=" + sum.substring(sum.indexOf('\n'));
        Files.writeString(dir.resolve("atlas.sum"), tampered);

        IntegrityReport report = verify();

        assertThat(report.status()).isEqualTo(IntegrityStatus.CHECKSUM_MISMATCH);
        IntegrityProblem problem = onlyProblem(report);
        assertThat(problem.kind()).isEqualTo(ProblemKind.TOTAL_MISMATCH);
        assertThat(problem.line()).isEqualTo(1);
        assertThat(problem.reason()).contains("edited by hand");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "blank line|BLANK|3|the line is blank",
            "line without h1|NOHASH|2|has no 'h1:'",
            "invalid base64|BADBASE64|2|is not valid base64",
            "short hash|SHORTHASH|2|not a 32-byte SHA-256 hash",
            "duplicate entry|DUPLICATE|5|is listed twice (also on line 2)",
            "out of order|SWAPPED|3|is out of order",
            "empty file|EMPTY|1|the file is empty",
            "no total|NOTOTAL|1|the first line must be 'h1:<total hash>'" })
    void malformedSumNamesTheLineAndWhy(String label, String damage, int line, String reason) throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve("atlas.sum"));
        String text = switch (damage) {
            case "BLANK" -> lines.get(0) + "\n" + lines.get(1) + "\n\n" + lines.get(2) + "\n" + lines.get(3) + "\n";
            case "NOHASH" -> lines.get(0) + "\n1_users.sql abc\n" + lines.get(2) + "\n" + lines.get(3) + "\n";
            case "BADBASE64" -> lines.get(0) + "\n1_users.sql h1:!!!notbase64\n" + lines.get(2) + "\n";
            case "SHORTHASH" -> lines.get(0) + "\n1_users.sql h1:YWJj\n" + lines.get(2) + "\n";
            case "DUPLICATE" -> String.join("\n", lines) + "\n" + lines.get(1) + "\n";
            case "SWAPPED" -> lines.get(0) + "\n" + lines.get(2) + "\n" + lines.get(1) + "\n" + lines.get(3) + "\n";
            case "EMPTY" -> "";
            case "NOTOTAL" -> String.join("\n", lines.subList(1, lines.size())) + "\n";
            default -> throw new IllegalArgumentException(damage);
        };
        Files.writeString(dir.resolve("atlas.sum"), text);

        IntegrityReport report = verify();

        assertThat(report.status()).isEqualTo(IntegrityStatus.SUM_MALFORMED);
        IntegrityProblem problem = onlyProblem(report);
        assertThat(problem.kind()).isEqualTo(ProblemKind.SUM_MALFORMED);
        assertThat(problem.line()).isEqualTo(line);
        assertThat(problem.reason()).contains(reason);
        assertThat(problem.fix()).contains("./mvnw migrate:hash");
    }

    @Test
    void hundredMegabyteSumIsRefusedWithoutReadingIt() throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(dir.resolve("atlas.sum").toFile(), "rw")) {
            file.setLength(100L * 1024 * 1024);
        }

        IntegrityProblem problem = onlyProblem(verify());

        assertThat(problem.kind()).isEqualTo(ProblemKind.SUM_MALFORMED);
        assertThat(problem.reason()).contains("100.0 MB").contains("not a sum file");
    }

    @Test
    void missingDirectoryIsAClearError() {
        assertThatThrownBy(() -> IntegrityVerifier.verify(MigrationDirectory.ofPath(temp.resolve("nope")), true))
            .isInstanceOf(MigrationDirectoryException.class)
            .hasMessageContaining("does not exist")
            .satisfies(ex -> assertThat(((MigrationDirectoryException) ex).fix()).contains("Create it"));
    }

    @Test
    void pathThatIsAFileIsAClearError() throws IOException {
        Path file = Files.writeString(temp.resolve("migrations.txt"), "x");

        assertThatThrownBy(() -> IntegrityVerifier.verify(MigrationDirectory.ofPath(file), true))
            .isInstanceOf(MigrationDirectoryException.class)
            .hasMessageContaining("is a file, not a directory");
    }

    @Test
    void unreadableFileIsAClearError() {
        MigrationDirectory unreadable = new DenyingDirectory(MigrationDirectory.ofPath(dir), "2_orders.sql");

        assertThatThrownBy(() -> IntegrityVerifier.verify(unreadable, true))
            .isInstanceOf(MigrationDirectoryException.class)
            .hasMessageContaining("Cannot read 2_orders.sql")
            .hasMessageContaining("access denied")
            .satisfies(ex -> assertThat(((MigrationDirectoryException) ex).fix()).contains("permissions"));
    }

    @Test
    void folderNamedLikeAMigrationIsAClearError() throws IOException {
        Files.createDirectory(dir.resolve("4_oops.sql"));

        assertThatThrownBy(() -> IntegrityVerifier.verify(MigrationDirectory.ofPath(dir), true))
            .isInstanceOf(MigrationDirectoryException.class)
            .hasMessageContaining("4_oops.sql is a folder");
    }

    @Test
    void namesWithSpacesAndNonAsciiCharactersRoundTrip() throws IOException {
        Directories.write(dir, "4_add ünïcode column.sql", "ALTER TABLE users ADD \"名前\" text;\n");
        new MigrationWriter(dir).rehash();

        assertThat(verify().ok()).isTrue();
        Directories.write(dir, "4_add ünïcode column.sql", "ALTER TABLE users ADD \"名\" text;\n");
        assertThat(onlyProblem(verify()).summary()).isEqualTo("L5: 4_add ünïcode column.sql was edited");
    }

    @Test
    void fiftyThousandFiles() throws IOException {
        Path big = Files.createDirectory(temp.resolve("big"));
        for (int i = 0; i < 50_000; i++) {
            Files.writeString(big.resolve(String.format("%06d_m.sql", i)), "SELECT " + i + ";\n");
        }
        new MigrationWriter(big).rehash();
        Files.writeString(big.resolve("049999_m.sql"), "SELECT -1;\n");

        IntegrityReport report = IntegrityVerifier.verify(MigrationDirectory.ofPath(big), true);

        assertThat(report.problems()).singleElement()
            .extracting(IntegrityProblem::summary).isEqualTo("L50001: 049999_m.sql was edited");
    }

    @Test
    void interruptedWriteIsExplained() throws IOException {
        WriteJournal.in(dir).begin(List.of("4_half.sql"));
        Directories.write(dir, "4_half.sql", "SELECT 1;\n");

        IntegrityProblem problem = onlyProblem(verify());

        assertThat(problem.reason()).isEqualTo("4_half.sql was added by a write that was interrupted before atlas.sum "
                + "was updated");
        assertThat(problem.fix()).contains("Delete the files of the interrupted write (4_half.sql)")
            .contains("./mvnw migrate:hash");
    }

    /** A directory whose one file cannot be read, as for a file without read permission. */
    private record DenyingDirectory(MigrationDirectory delegate, String denied) implements MigrationDirectory {

        @Override
        public String location() {
            return delegate.location();
        }

        @Override
        public boolean exists() {
            return true;
        }

        @Override
        public List<String> sqlFileNames() throws IOException {
            return delegate.sqlFileNames();
        }

        @Override
        public byte[] read(String name) throws IOException {
            if (name.equals(denied)) {
                throw new AccessDeniedException(name);
            }
            return delegate.read(name);
        }

        @Override
        public Optional<byte[]> readSumFile() throws IOException {
            return delegate.readSumFile();
        }

        @Override
        public long sumFileSize() throws IOException {
            return delegate.sumFileSize();
        }

    }

}
