package dev.migrate.dir;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * File names as the bytes on disk, decoded as UTF-8 the way Atlas (Go) reads them, whatever locale the JVM started
 * with. Without a UTF-8 locale ({@code LANG} unset, common in CI containers) Java decodes names in ASCII and turns
 * every other byte into a replacement character; a {@code file:} URI keeps the exact bytes, so the name is taken from
 * there.
 */
final class FileNames {

    /** What to do when the platform cannot name a file: the fix the messages give. */
    static final String UTF8_LOCALE_FIX = "Start Java with a UTF-8 locale (for example export LANG=C.UTF-8, or "
            + "-Dsun.jnu.encoding=UTF-8 -Dfile.encoding=UTF-8), so non-ASCII file names can be read and written.";

    private static final boolean UTF8_PLATFORM = StandardCharsets.UTF_8.equals(platformCharset());

    private FileNames() {
    }

    /**
     * The UTF-8 name of a directory entry.
     *
     * @throws MigrationDirectoryException when the name's bytes are not UTF-8 (Atlas could not name it either)
     */
    static String of(Path child, String location) {
        String name = child.getFileName().toString();
        if (UTF8_PLATFORM && name.indexOf('\uFFFD') < 0) {
            return name;
        }
        if (!UTF8_PLATFORM && isAscii(name)) {
            return name;
        }
        byte[] bytes = rawBytes(child);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
        }
        catch (CharacterCodingException ex) {
            throw new MigrationDirectoryException("A file name in " + location + " is not valid UTF-8: "
                    + escaped(bytes) + ". Atlas and git expect UTF-8 file names.",
                    "Rename the file (for example with 'mv' in a shell that shows it) to a UTF-8 name.");
        }
    }

    /** The path of {@code name} below {@code directory}, or a clear error when this JVM cannot name it. */
    static Path resolve(Path directory, String name) {
        try {
            return directory.resolve(name);
        }
        catch (InvalidPathException ex) {
            throw new MigrationDirectoryException("Cannot name the file " + name + " in " + directory
                    + ": this JVM encodes file names as " + platformCharset() + ", which cannot hold it.",
                    UTF8_LOCALE_FIX, ex);
        }
    }

    static Charset platformCharset() {
        String encoding = System.getProperty("sun.jnu.encoding");
        try {
            return encoding == null ? Charset.defaultCharset() : Charset.forName(encoding);
        }
        catch (IllegalArgumentException ex) {
            return Charset.defaultCharset();
        }
    }

    private static boolean isAscii(String name) {
        for (int index = 0; index < name.length(); index++) {
            if (name.charAt(index) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static byte[] rawBytes(Path child) {
        String path = child.toUri().getRawPath();
        if (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(last.length());
        for (int index = 0; index < last.length(); index++) {
            char c = last.charAt(index);
            if (c == '%' && index + 2 < last.length()) {
                bytes.write(Integer.parseInt(last.substring(index + 1, index + 3), 16));
                index += 2;
            }
            else {
                bytes.write(c);
            }
        }
        return bytes.toByteArray();
    }

    private static String escaped(byte[] bytes) {
        StringBuilder text = new StringBuilder();
        for (byte b : bytes) {
            int value = b & 0xFF;
            text.append(value >= 0x20 && value < 0x7F ? String.valueOf((char) value) : String.format("\\x%02X", value));
        }
        return text.toString();
    }

}
