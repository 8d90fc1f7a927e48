package dev.migrate.dir;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code atlas.sum} the way Atlas does (each entry split at its first {@code h1:}), but stricter: every way a
 * hand edit or a bad merge can damage the file is named with its line, where Atlas only says "format invalid".
 */
final class SumFileParser {

    private static final int SHA256_LENGTH = 32;

    private SumFileParser() {
    }

    static SumFile parse(byte[] content) {
        if (content.length == 0) {
            throw new SumFileFormatException(1, "the file is empty; even a directory without migrations has the line "
                    + "'h1:<total>'");
        }
        String[] lines = new String(content, StandardCharsets.UTF_8).split("\n", -1);
        int count = lines.length;
        if (lines[count - 1].isEmpty()) {
            count--; // the final newline ends the last line; it does not start another one
        }
        requireNoByteOrderMark(lines[0], 1);
        String total = parseHash(stripCarriageReturn(lines[0]), 1, "the first line must be 'h1:<total hash>'");
        List<SumFile.Entry> entries = new ArrayList<>(count);
        Map<String, Integer> lineOfName = new HashMap<>();
        String previous = null;
        for (int index = 1; index < count; index++) {
            int lineNumber = index + 1;
            SumFile.Entry entry = parseEntry(stripCarriageReturn(lines[index]), lineNumber);
            Integer earlier = lineOfName.putIfAbsent(entry.name(), lineNumber);
            if (earlier != null) {
                throw new SumFileFormatException(lineNumber, entry.name() + " is listed twice (also on line " + earlier
                        + "), as happens when a merge keeps both sides of a conflict");
            }
            if (previous != null && FileNameOrder.BYTEWISE.compare(previous, entry.name()) > 0) {
                throw new SumFileFormatException(lineNumber, entry.name() + " is out of order: it must come before "
                        + previous + " (entries are sorted by file name)");
            }
            previous = entry.name();
            entries.add(entry);
        }
        return SumFile.asRead(total, entries);
    }

    private static SumFile.Entry parseEntry(String line, int lineNumber) {
        if (line.isBlank()) {
            throw new SumFileFormatException(lineNumber, "the line is blank");
        }
        int split = line.indexOf(SumFile.HASH_PREFIX);
        if (split < 0) {
            throw new SumFileFormatException(lineNumber, "'" + abbreviate(line) + "' has no 'h1:'; each line after "
                    + "the first must be '<file> h1:<hash>'");
        }
        String name = GoStrings.trimSpace(line.substring(0, split));
        requireNoByteOrderMark(name, lineNumber);
        if (name.isEmpty()) {
            throw new SumFileFormatException(lineNumber, "the line has a hash but no file name");
        }
        String hash = parseHash(line.substring(split), lineNumber, "'" + name + "' must be followed by 'h1:<hash>'");
        return new SumFile.Entry(name, hash);
    }

    private static String parseHash(String text, int lineNumber, String expectation) {
        if (!text.startsWith(SumFile.HASH_PREFIX)) {
            throw new SumFileFormatException(lineNumber, expectation + ", found '" + abbreviate(text) + "'");
        }
        String hash = text.substring(SumFile.HASH_PREFIX.length());
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(hash);
        }
        catch (IllegalArgumentException ex) {
            throw new SumFileFormatException(lineNumber, "'" + abbreviate(hash) + "' is not valid base64");
        }
        if (decoded.length != SHA256_LENGTH) {
            throw new SumFileFormatException(lineNumber, "'" + abbreviate(hash) + "' is " + decoded.length
                    + " bytes, not a 32-byte SHA-256 hash");
        }
        return hash;
    }

    /** Atlas keeps a BOM as part of the name and then misses the file; here the line says why. */
    private static void requireNoByteOrderMark(String text, int lineNumber) {
        if (text.startsWith("\uFEFF")) {
            throw new SumFileFormatException(lineNumber, "the line starts with an invisible byte-order mark (U+FEFF), "
                    + "which an editor added; remove it (or rebuild the file)");
        }
    }

    private static String stripCarriageReturn(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    /** Shortened, with invisible characters spelled out so the message shows what is really there. */
    private static String abbreviate(String text) {
        String shown = text.length() <= 60 ? text : text.substring(0, 57) + "...";
        StringBuilder visible = new StringBuilder(shown.length());
        shown.codePoints().forEach(point -> {
            if (Character.isISOControl(point) || GoStrings.isSpace(point) && point != ' ' || point == 0xFEFF) {
                visible.append(String.format(java.util.Locale.ROOT, "\\u%04X", point));
            }
            else {
                visible.appendCodePoint(point);
            }
        });
        return visible.toString();
    }

}
