package dev.migrate.dir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Directories nobody means to have: devices, FIFOs, huge files, dangling links, names that are not UTF-8, a JVM
 * without a UTF-8 locale, leftovers of an interrupted write, thousands of unrecorded files. Each gets a message that
 * names the file and the fix, never a hang, an OutOfMemoryError or a stack trace.
 */
class HostileDirectoryTests {

    private static final Duration NO_HANG = Duration.ofSeconds(60);

    @TempDir
    Path temp;

    Path dir;

    @BeforeEach
    void validDirectory() throws IOException {
        dir = Files.createDirectories(temp.resolve("migrations"));
        Directories.write(dir, "1_a.sql", "CREATE TABLE a (id int);\n");
        new MigrationWriter(dir).rehash();
    }

    @Test
    void aSymlinkToDevZeroIsRefusedByNameWithoutReadingIt() throws IOException {
        Files.createSymbolicLink(dir.resolve("2_zero.sql"), Path.of("/dev/zero"));

        MigrationDirectoryException failure = assertTimeoutPreemptively(NO_HANG,
                () -> catchDirectoryError(() -> IntegrityVerifier.verify(MigrationDirectory.ofPath(dir), true)));

        assertThat(failure.getMessage()).contains("2_zero.sql").contains("not a regular file");
        assertThat(failure.fix()).contains("regular files");
    }

    @Test
    void aFifoNamedLikeAMigrationOrTheSumDoesNotHang() throws Exception {
        mkfifo(dir.resolve("2_pipe.sql"));

        MigrationDirectoryException failure = assertTimeoutPreemptively(NO_HANG,
                () -> catchDirectoryError(() -> IntegrityVerifier.verify(MigrationDirectory.ofPath(dir), true)));
        assertThat(failure.getMessage()).contains("2_pipe.sql").contains("FIFO");

        Files.delete(dir.resolve("2_pipe.sql"));
        Files.delete(dir.resolve("atlas.sum"));
        mkfifo(dir.resolve("atlas.sum"));
        MigrationDirectoryException sumFailure = assertTimeoutPreemptively(NO_HANG,
                () -> catchDirectoryError(() -> IntegrityVerifier.verify(MigrationDirectory.ofPath(dir), true)));
        assertThat(sumFailure.getMessage()).contains("atlas.sum").contains("not a regular file");
    }

    @Test
    void aHugeFileIsRefusedWithItsSizeAndAHugeValidFileStreamsInBoundedMemory() throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(dir.resolve("2_huge.sql").toFile(), "rw")) {
            file.setLength(MigrationDirectory.MAX_FILE_BYTES + 1); // sparse: costs no disk
        }

        MigrationDirectoryException failure = catchDirectoryError(
                () -> IntegrityVerifier.verify(MigrationDirectory.ofPath(dir), true));

        assertThat(failure.getMessage()).contains("2_huge.sql").contains("MB").contains("at most 256 MB");
    }

    @Test
    void aLargeFileBelowTheLimitIsHashedAsTheReferenceWould() throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(dir.resolve("2_large.sql").toFile(), "rw")) {
            file.setLength(200L * 1024 * 1024);
        }
        long heapBefore = usedHeap();

        SumFile sum = SumFile.compute(MigrationDirectory.ofPath(dir));

        assertThat(sum.entries()).extracting(SumFile.Entry::name).containsExactly("1_a.sql", "2_large.sql");
        // Streaming: the 200 MB file never sits in memory (generous bound, the collector runs when it likes).
        assertThat(usedHeap() - heapBefore).isLessThan(150L * 1024 * 1024);
    }

    @Test
    void aDanglingSymlinkIsNamedAsSuch() throws IOException {
        Files.createSymbolicLink(dir.resolve("2_gone.sql"), temp.resolve("nowhere.sql"));

        MigrationDirectoryException failure = catchDirectoryError(
                () -> IntegrityVerifier.verify(MigrationDirectory.ofPath(dir), true));

        assertThat(failure.getMessage()).contains("2_gone.sql").contains("symbolic link").contains("does not exist")
            .doesNotContain("disappeared");
    }

    @Test
    void aSymlinkToARegularFileIsFollowedAsAtlasDoes() throws IOException {
        Path elsewhere = Files.writeString(temp.resolve("shared.sql"), "CREATE TABLE b (id int);\n");
        Files.createSymbolicLink(dir.resolve("2_b.sql"), elsewhere);
        new MigrationWriter(dir).rehash();

        assertThat(IntegrityVerifier.verify(MigrationDirectory.ofPath(dir), true).ok()).isTrue();
    }

    @Test
    void aFileNameThatIsNotUtf8IsNamedWithItsBytes() throws Exception {
        // Only a shell can make such a name here: Java itself cannot spell it.
        Process process = new ProcessBuilder("sh", "-c", "touch \"$(printf '2_caf\\351.sql')\"").directory(dir.toFile())
            .start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();

        MigrationDirectoryException failure = catchDirectoryError(
                () -> IntegrityVerifier.verify(MigrationDirectory.ofPath(dir), true));

        assertThat(failure.getMessage()).contains("not valid UTF-8").contains("2_caf\\xE9.sql")
            .doesNotContain("disappeared");
        assertThat(failure.fix()).contains("Rename");
    }

    @Test
    void withoutAUtf8LocaleNonAsciiNamesStillValidate() throws Exception {
        Path vector = Directories.copyOfVector("non-ascii", temp.resolve("non-ascii"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                ValidateMain.class.getName(), vector.toString()).redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("LC_") || name.equals("LANG"));
        environment.put("LC_ALL", "C");
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(output).contains("jnu=ANSI_X3.4-1968").contains("status=OK");
        assertThat(output).contains("total=" + SumFile.parse(Files.readAllBytes(vector.resolve("atlas.sum"))).total());
    }

    @Test
    void leftoversOfAnInterruptedWriteAreReportedAndTheNextWriteRemovesThem() throws IOException {
        String leftover = ".2_b.sql." + UUID.randomUUID() + ".tmp";
        String journalLeftover = "..migrate-write-in-progress." + UUID.randomUUID() + ".tmp";
        Directories.write(dir, leftover, "half a migra");
        Directories.write(dir, journalLeftover, "2_b.sql\n");

        IntegrityReport report = IntegrityVerifier.verify(MigrationDirectory.ofPath(dir), true);

        assertThat(report.ok()).isTrue();
        assertThat(report.leftovers()).containsExactlyInAnyOrder(leftover, journalLeftover);
        assertThat(report.describe()).contains(leftover).contains("interrupted write").contains("git add -A");

        new MigrationWriter(dir).add(MigrationFormat.ATLAS, new NewMigration("b", "CREATE TABLE b (id int);\n", ""));

        assertThat(dir.resolve(leftover)).doesNotExist();
        assertThat(dir.resolve(journalLeftover)).doesNotExist();
        assertThat(IntegrityVerifier.verify(MigrationDirectory.ofPath(dir), true).leftovers()).isEmpty();
    }

    @Test
    void thousandsOfUnrecordedFilesGiveACappedMessage() throws IOException {
        for (int i = 0; i < 2000; i++) {
            Directories.write(dir, String.format("9%05d_x.sql", i), "SELECT " + i + ";\n");
        }

        IntegrityReport report = IntegrityVerifier.verify(MigrationDirectory.ofPath(dir), true);

        assertThat(report.problems()).hasSize(2000);
        String text = report.describe() + "\n" + report.remedy();
        assertThat(text.lines().count()).isLessThan(60);
        assertThat(text).contains("and 1,980 more");
    }

    private static MigrationDirectoryException catchDirectoryError(Runnable action) {
        try {
            action.run();
        }
        catch (MigrationDirectoryException ex) {
            return ex;
        }
        throw new AssertionError("expected a MigrationDirectoryException");
    }

    private static void mkfifo(Path path) throws Exception {
        Process process = new ProcessBuilder("mkfifo", path.toString()).start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

}
