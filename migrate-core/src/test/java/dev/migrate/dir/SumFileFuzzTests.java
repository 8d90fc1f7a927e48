package dev.migrate.dir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thousands of damaged {@code atlas.sum} files and directories (fixed seed, so a failure reproduces): the verifier
 * either says OK, and then Atlas's own check (modelled below from {@code HashFile.UnmarshalText} and
 * {@code Validate}) says OK too, or it reports problems that each name a file or a line; it never throws anything
 * else and never hangs.
 */
class SumFileFuzzTests {

    private static final long SEED = 20261201L;

    private static final int ROUNDS = 3000;

    private static final String[] ODD = { "\r", "\u0000", "\uFEFF", "\u00A0", "\u0085", "\u3000", " ", "\t", "h1:",
            "\n", "=", "\u200B", "\u2028", "é", "/", "_" };

    @TempDir
    Path temp;

    @Test
    void everyMutationIsOkAndAtlasAgreesOrAProblemNamingFileAndLine() {
        assertTimeoutPreemptively(Duration.ofMinutes(5), this::fuzz);
    }

    private void fuzz() throws IOException {
        Random random = new Random(SEED);
        int ok = 0;
        int reported = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Path dir = Files.createDirectories(temp.resolve("r" + round));
            int files = 1 + random.nextInt(5);
            for (int i = 0; i < files; i++) {
                Directories.write(dir, (i + 1) + "_m" + i + ".sql", "CREATE TABLE t" + i + " (id int);\n");
            }
            Files.write(dir.resolve("atlas.sum"), SumFile.compute(MigrationDirectory.ofPath(dir)).renderBytes());
            mutateFiles(dir, random);
            byte[] sum = mutate(Files.readAllBytes(dir.resolve("atlas.sum")), random);
            Files.write(dir.resolve("atlas.sum"), sum);

            IntegrityReport report = IntegrityVerifier.verify(MigrationDirectory.ofPath(dir), true);

            String input = "round " + round + ", atlas.sum:\n" + new String(sum, StandardCharsets.UTF_8);
            if (report.ok()) {
                assertThat(atlasAccepts(dir, sum)).as("Atlas accepts what we accept; " + input).isTrue();
                ok++;
            }
            else {
                assertThat(report.problems()).as(input).isNotEmpty();
                assertThat(report.problems()).as(input)
                    .allSatisfy(problem -> assertThat(problem.file() != null || problem.line() > 0).isTrue());
                if (startsWithPrefix(sum) && !hasEmptyEntry(sum)) {
                    assertThat(atlasAccepts(dir, sum)).as("we refuse only what Atlas refuses; " + input).isFalse();
                }
                reported++;
            }
            deleteTree(dir);
        }
        // Both outcomes occur, or the mutations test nothing.
        assertThat(ok).isGreaterThan(ROUNDS / 20);
        assertThat(reported).isGreaterThan(ROUNDS / 2);
    }

    private static void mutateFiles(Path dir, Random random) throws IOException {
        switch (random.nextInt(6)) {
            case 0 -> Directories.write(dir, "9_added.sql", "SELECT 9;\n");
            case 1 -> Files.writeString(dir.resolve("1_m0.sql"), "CREATE TABLE t0 (id int);\r\n");
            case 2 -> Files.writeString(dir.resolve("1_m0.sql"), "-- atlas:sum ignore\nSELECT 1;\n");
            default -> {
                // the files stay as hashed: only the sum file is damaged
            }
        }
    }

    private static byte[] mutate(byte[] sum, Random random) {
        String text = new String(sum, StandardCharsets.UTF_8);
        int mutations = random.nextInt(3);
        for (int m = 0; m < mutations; m++) {
            List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
            int line = random.nextInt(lines.size());
            String target = lines.get(line);
            switch (random.nextInt(8)) {
                case 0 -> lines.set(line, insert(target, ODD[random.nextInt(ODD.length)], random));
                case 1 -> lines.remove(line);
                case 2 -> lines.add(line, target);
                case 3 -> {
                    int other = random.nextInt(lines.size());
                    lines.set(line, lines.get(other));
                    lines.set(other, target);
                }
                case 4 -> lines.set(line, target.isEmpty() ? target : target.substring(0, random.nextInt(target.length())));
                case 5 -> lines.set(line, ODD[random.nextInt(ODD.length)] + target);
                case 6 -> lines.set(line, target + ODD[random.nextInt(ODD.length)]);
                default -> {
                    char[] chars = target.toCharArray();
                    if (chars.length > 0) {
                        chars[random.nextInt(chars.length)] = (char) (' ' + random.nextInt(95));
                    }
                    lines.set(line, new String(chars));
                }
            }
            text = String.join("\n", lines);
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String insert(String text, String piece, Random random) {
        int at = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
        return text.substring(0, at) + piece + text.substring(at);
    }

    /** Atlas's first line is TrimPrefix(line, "h1:"): a line without the prefix is a case this model leaves out. */
    private static boolean startsWithPrefix(byte[] sum) {
        return new String(sum, StandardCharsets.UTF_8).startsWith("h1:");
    }

    /**
     * A line that is only {@code h1:} adds nothing to Atlas's total (empty name, empty hash), so Atlas lets it pass;
     * here it is refused as a damaged line, on purpose.
     */
    private static boolean hasEmptyEntry(byte[] sum) {
        String[] lines = new String(sum, StandardCharsets.UTF_8).split("\n");
        for (int i = 1; i < lines.length; i++) {
            String line = chompCr(lines[i]);
            int split = line.indexOf("h1:");
            if (split >= 0 && goTrimSpace(line.substring(0, split)).isEmpty() && line.substring(split + 3).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    // ---- Atlas's check, written from its Go source, independent of the code under test ----

    private static final Pattern GO_SPACE = Pattern.compile(
            "[\\t\\n\\u000B\\f\\r \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]+");

    /** {@code migrate.Validate}: the sum file parses, its total is right, and it equals the directory's sum. */
    private static boolean atlasAccepts(Path dir, byte[] sumFile) throws IOException {
        String[] lines = new String(sumFile, StandardCharsets.UTF_8).split("\n", -1);
        int count = lines[lines.length - 1].isEmpty() ? lines.length - 1 : lines.length; // bufio.ScanLines
        if (count == 0) {
            return false;
        }
        String stated = chompCr(lines[0]).startsWith("h1:") ? chompCr(lines[0]).substring(3) : chompCr(lines[0]);
        List<String[]> entries = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            String line = chompCr(lines[i]);
            int split = line.indexOf("h1:");
            if (split < 0) {
                return false; // ErrChecksumFormat
            }
            entries.add(new String[] { goTrimSpace(line.substring(0, split)), line.substring(split + 3) });
        }
        String parsedTotal = total(entries);
        return stated.equals(parsedTotal) && parsedTotal.equals(total(directoryEntries(dir)));
    }

    private static List<String[]> directoryEntries(Path dir) throws IOException {
        List<String> names;
        try (Stream<Path> files = Files.list(dir)) {
            names = files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".sql")).sorted()
                .toList(); // ASCII names here, so String order is byte order
        }
        MessageDigest running = Sha256.newDigest();
        List<String[]> entries = new ArrayList<>();
        for (String name : names) {
            byte[] content = Files.readAllBytes(dir.resolve(name));
            running.update(name.getBytes(StandardCharsets.UTF_8));
            String firstLine = new String(content, StandardCharsets.ISO_8859_1).split("\n", 2)[0];
            if (firstLine.matches("(?d)^([ -~]*)atlas:(\\w+)(?: +(.+))*") && atlasIgnores(firstLine)) {
                continue;
            }
            running.update(content);
            entries.add(new String[] { name, Sha256.snapshot(running) });
        }
        return entries;
    }

    private static boolean atlasIgnores(String firstLine) {
        java.util.regex.Matcher matcher = Pattern.compile("(?d)^([ -~]*)atlas:(\\w+)(?: +(.+))*").matcher(firstLine);
        return matcher.find() && "sum".equals(matcher.group(2)) && "ignore".equals(matcher.group(3));
    }

    private static String total(List<String[]> entries) {
        MessageDigest digest = Sha256.newDigest();
        for (String[] entry : entries) {
            digest.update(entry[0].getBytes(StandardCharsets.UTF_8));
            digest.update(entry[1].getBytes(StandardCharsets.UTF_8));
        }
        return Base64.getEncoder().encodeToString(digest.digest());
    }

    private static String goTrimSpace(String text) {
        return text.replaceFirst("^" + GO_SPACE.pattern(), "").replaceFirst(GO_SPACE.pattern() + "$", "");
    }

    private static String chompCr(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.delete(file);
            }
        }
        Files.delete(dir);
    }

}
