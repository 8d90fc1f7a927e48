package dev.migrate.dir;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Tells whether an edited file differs from its hashed version only by line endings, a byte-order mark, trailing
 * whitespace or a final newline: it undoes each such change in turn and checks whether the running hash then matches
 * the recorded entry again. This is the damage editors and git's autocrlf do silently.
 */
final class CosmeticEdits {

    private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

    private record Undo(String description, UnaryOperator<byte[]> restore) {
    }

    private static final List<Undo> UNDOS = List.of(
            new Undo("its line endings were changed from LF to CRLF", CosmeticEdits::crlfToLf),
            new Undo("its line endings were changed from CRLF to LF", CosmeticEdits::lfToCrlf),
            new Undo("a byte-order mark was added at its start", CosmeticEdits::stripBom),
            new Undo("its byte-order mark was removed", CosmeticEdits::addBom),
            new Undo("a byte-order mark was added and its line endings were changed from LF to CRLF",
                    content -> crlfToLf(stripBom(content))),
            new Undo("trailing whitespace was added to its lines", CosmeticEdits::stripTrailingWhitespace),
            new Undo("a final newline was added", CosmeticEdits::stripFinalNewline),
            new Undo("its final newline was removed", content -> concat(content, new byte[] { '\n' })));

    private CosmeticEdits() {
    }

    /**
     * @param before the running digest before this file was fed
     * @return what happened to the file, when it is a cosmetic change
     */
    static Optional<String> explain(MessageDigest before, String name, byte[] content, String expectedHash) {
        for (Undo undo : UNDOS) {
            byte[] restored = undo.restore().apply(content);
            if (restored.length == content.length && Arrays.equals(restored, content)) {
                continue;
            }
            MessageDigest digest = SumHasher.feed(Sha256.copy(before), name, restored);
            if (digest != null && Sha256.snapshot(digest).equals(expectedHash)) {
                return Optional.of(undo.description());
            }
        }
        return Optional.empty();
    }

    private static byte[] crlfToLf(byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length);
        for (int i = 0; i < content.length; i++) {
            if (!(content[i] == '\r' && i + 1 < content.length && content[i + 1] == '\n')) {
                out.write(content[i]);
            }
        }
        return out.toByteArray();
    }

    private static byte[] lfToCrlf(byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 64);
        for (int i = 0; i < content.length; i++) {
            if (content[i] == '\n' && (i == 0 || content[i - 1] != '\r')) {
                out.write('\r');
            }
            out.write(content[i]);
        }
        return out.toByteArray();
    }

    private static byte[] stripBom(byte[] content) {
        return startsWithBom(content) ? Arrays.copyOfRange(content, BOM.length, content.length) : content;
    }

    private static byte[] addBom(byte[] content) {
        return startsWithBom(content) ? content : concat(BOM, content);
    }

    private static boolean startsWithBom(byte[] content) {
        return content.length >= 3 && content[0] == BOM[0] && content[1] == BOM[1] && content[2] == BOM[2];
    }

    private static byte[] stripTrailingWhitespace(byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length);
        int lineStart = 0;
        for (int i = 0; i <= content.length; i++) {
            if (i == content.length || content[i] == '\n') {
                int end = i;
                if (end > lineStart && content[end - 1] == '\r') {
                    end--;
                }
                int trimmed = end;
                while (trimmed > lineStart && (content[trimmed - 1] == ' ' || content[trimmed - 1] == '\t')) {
                    trimmed--;
                }
                out.write(content, lineStart, trimmed - lineStart);
                out.write(content, end, i - end); // keep a CR if the line had one
                if (i < content.length) {
                    out.write('\n');
                }
                lineStart = i + 1;
            }
        }
        return out.toByteArray();
    }

    private static byte[] stripFinalNewline(byte[] content) {
        int end = content.length;
        while (end > 0 && (content[end - 1] == '\n' || content[end - 1] == '\r')) {
            end--;
        }
        return Arrays.copyOf(content, end);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }

}
