package dev.migrate.dir;

/**
 * Go's {@code strings.TrimSpace}, which Atlas applies to each name of {@code atlas.sum}: it removes Unicode white
 * space ({@code unicode.IsSpace}), where Java's {@link String#trim()} removes control bytes (a NUL too) and keeps
 * U+00A0, U+0085 or U+3000.
 */
final class GoStrings {

    private GoStrings() {
    }

    static String trimSpace(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        while (end > start && isSpace(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return text.substring(start, end);
    }

    /** Go's {@code unicode.IsSpace}: the Unicode White_Space property. */
    static boolean isSpace(int point) {
        return switch (point) {
            case '\t', '\n', 0x0B, '\f', '\r', ' ', 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000 -> true;
            default -> point >= 0x2000 && point <= 0x200A;
        };
    }

}
