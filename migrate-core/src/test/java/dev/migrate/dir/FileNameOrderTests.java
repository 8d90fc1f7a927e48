package dev.migrate.dir;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The comparator skips encoding where it can; its answers must still be exactly those of the UTF-8 bytes. */
class FileNameOrderTests {

    /** ASCII, Latin, CJK, private use and the last BMP char, surrogate halves (paired or lone) and a full pair. */
    private static final String[] PIECES = {"a", "b", "_", "1", "é", "中", "\uE000", "\uFFFF", "\uD800", "\uDBFF",
            "\uDC00", "\uDFFF", "\uD83D\uDE00", ""};

    @Test
    void agreesWithTheEncodedBytesOnMixedNames() {
        Random random = new Random(7);
        for (int round = 0; round < 200_000; round++) {
            String a = name(random);
            String b = random.nextInt(4) == 0 ? a + name(random) : name(random);
            assertThat(Integer.signum(FileNameOrder.BYTEWISE.compare(a, b)))
                .as("%s vs %s", escaped(a), escaped(b))
                .isEqualTo(Integer.signum(encodedOrder(a, b)));
        }
    }

    @Test
    void ordersAsAtlasDoesWhereUtf16Disagrees() {
        // U+FF5E encodes as EF BD 9E and so sorts before U+1F600 (F0 9F 98 80), though its UTF-16 unit is larger.
        assertThat(FileNameOrder.BYTEWISE.compare("1_\uFF5E.sql", "1_\uD83D\uDE00.sql")).isNegative();
        assertThat("1_\uFF5E.sql".compareTo("1_\uD83D\uDE00.sql")).isPositive();
        assertThat(FileNameOrder.BYTEWISE.compare("1.sql", "1_a.sql")).isNegative();
        assertThat(FileNameOrder.BYTEWISE.compare("1_a.sql", "1_a.sql")).isZero();
    }

    private static String name(Random random) {
        StringBuilder name = new StringBuilder();
        int pieces = random.nextInt(5);
        for (int index = 0; index < pieces; index++) {
            name.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return name.toString();
    }

    private static int encodedOrder(String a, String b) {
        return Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(unit -> out.append(String.format("\\u%04X", unit)));
        return out.toString();
    }

}
