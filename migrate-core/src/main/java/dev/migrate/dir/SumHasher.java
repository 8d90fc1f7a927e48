package dev.migrate.dir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Atlas's running hash over a directory: for each file in byte-wise name order, its name and then its bytes are fed
 * to one SHA-256; the file's entry is the digest so far. A file whose first line carries {@code atlas:sum ignore}
 * feeds its name only and gets no entry.
 */
final class SumHasher {

    private static final Pattern IGNORE_DIRECTIVE = Pattern.compile("^[ -~]*atlas:sum ignore");

    /** The text the pattern ends in; a first line without it cannot match. */
    private static final byte[] DIRECTIVE = "atlas:sum ignore".getBytes(StandardCharsets.US_ASCII);

    private SumHasher() {
    }

    static List<SumFile.Entry> hash(MigrationDirectory directory) {
        List<String> names = UncheckedReads.sqlFileNames(directory);
        MessageDigest running = Sha256.newDigest();
        List<SumFile.Entry> entries = new ArrayList<>(names.size());
        for (String name : names) {
            byte[] content = UncheckedReads.read(directory, name);
            if (feed(running, name, content)) {
                entries.add(new SumFile.Entry(name, Sha256.snapshot(running)));
            }
        }
        return entries;
    }

    /** Feeds one file; returns false when the file opted out of the sum and so gets no entry. */
    static boolean feed(MessageDigest running, String name, byte[] content) {
        running.update(name.getBytes(StandardCharsets.UTF_8));
        if (isIgnored(content)) {
            return false;
        }
        running.update(content);
        return true;
    }

    static boolean isIgnored(byte[] content) {
        int end = 0;
        while (end < content.length && content[end] != '\n') {
            end++;
        }
        if (!mentionsDirective(content, end)) {
            return false; // the usual case, decided without building a string and running the pattern per file
        }
        // Only printable ASCII may precede the directive, so decoding as Latin-1 loses nothing that matters.
        return IGNORE_DIRECTIVE.matcher(new String(content, 0, end, StandardCharsets.ISO_8859_1)).find();
    }

    private static boolean mentionsDirective(byte[] content, int end) {
        int last = end - DIRECTIVE.length;
        for (int start = 0; start <= last; start++) {
            if (Arrays.equals(content, start, start + DIRECTIVE.length, DIRECTIVE, 0, DIRECTIVE.length)) {
                return true;
            }
        }
        return false;
    }

}
