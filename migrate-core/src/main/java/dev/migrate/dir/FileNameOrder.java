package dev.migrate.dir;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;

/**
 * Byte-wise order of UTF-8 file names, as Go's {@code sort.Strings} orders them in Atlas. Java's
 * {@link String#compareTo} orders UTF-16 code units instead, which differs for some non-ASCII names.
 */
public final class FileNameOrder {

    public static final Comparator<String> BYTEWISE = FileNameOrder::compare;

    private FileNameOrder() {
    }

    /**
     * Compares without encoding in the common case: a char below the surrogates is its own code point and UTF-8
     * keeps code point order, so the first differing pair of such chars decides. Anything involving a surrogate
     * (where a pair, or a lone one encoded as '?', changes the bytes) is decided on the encoded bytes. Sorting a
     * directory listing compares each name many times, and encoding both names on every comparison dominated it.
     */
    private static int compare(String a, String b) {
        int common = Math.min(a.length(), b.length());
        for (int index = 0; index < common; index++) {
            char x = a.charAt(index);
            char y = b.charAt(index);
            if (x != y) {
                return x < Character.MIN_SURROGATE && y < Character.MIN_SURROGATE ? x - y : compareEncoded(a, b);
            }
        }
        // One name is a prefix of the other. Its bytes are a prefix too, unless it ends in half a pair that the longer
        // name completes: then it ends in '?' (0x3F) where the longer has a 4-byte sequence (0xF0...), so it still
        // sorts first.
        return a.length() - b.length();
    }

    private static int compareEncoded(String a, String b) {
        return Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

}
