package dev.migrate.dir;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;

/**
 * Byte-wise order of UTF-8 file names, as Go's {@code sort.Strings} orders them in Atlas. Java's
 * {@link String#compareTo} orders UTF-16 code units instead, which differs for some non-ASCII names.
 */
public final class FileNameOrder {

    public static final Comparator<String> BYTEWISE = (a, b) -> Arrays.compareUnsigned(
            a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));

    private FileNameOrder() {
    }

}
