package dev.migrate.dir;

/**
 * Decides, while a file streams past, whether its first line opts the file out of the sum as Atlas reads it: Atlas
 * matches {@code ^([ -~]*)atlas:(\w+)(?: +(.+))*} on the file and ignores it only when the directive is {@code sum}
 * and its arguments are exactly {@code ignore}. Since {@code [ -~]*} is greedy and {@code .+} runs to the end of the
 * line, that holds exactly when the whole first line is printable ASCII and ends in {@code atlas:sum}, one or more
 * spaces, and {@code ignore}: a CRLF line end, a trailing space or {@code ignored} all make Atlas hash the file.
 * The check keeps 16 bytes, so a first line of any length costs no memory.
 */
final class SumDirective {

    private static final byte[] IGNORE = "atlas:sum ignore".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** The last bytes of the first line with runs of spaces collapsed to one, enough to hold {@link #IGNORE}. */
    private final byte[] tail = new byte[IGNORE.length];

    private int tailLength;

    private boolean printable = true;

    private boolean lineEnded;

    /** Feeds the next bytes of the file; only its first line matters. */
    void accept(byte[] buffer, int offset, int length) {
        for (int index = offset; index < offset + length && !lineEnded; index++) {
            byte next = buffer[index];
            if (next == '\n') {
                lineEnded = true;
            }
            else if (next < ' ' || next > '~') {
                printable = false;
                lineEnded = true; // nothing later on the line can make it match
            }
            else if (!(next == ' ' && tailLength > 0 && tail[tailLength - 1] == ' ')) {
                append(next);
            }
        }
    }

    /** Whether the file, fed completely, opts out of the sum. */
    boolean ignored() {
        if (!printable || tailLength < IGNORE.length) {
            return false;
        }
        return java.util.Arrays.equals(tail, 0, IGNORE.length, IGNORE, 0, IGNORE.length);
    }

    static boolean ignored(byte[] content) {
        SumDirective directive = new SumDirective();
        directive.accept(content, 0, content.length);
        return directive.ignored();
    }

    private void append(byte next) {
        if (tailLength == tail.length) {
            System.arraycopy(tail, 1, tail, 0, tail.length - 1);
            tailLength--;
        }
        tail[tailLength++] = next;
    }

}
