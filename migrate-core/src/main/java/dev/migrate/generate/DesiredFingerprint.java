package dev.migrate.generate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A hash of everything on the desired side that decides a diff's outcome: the create script, statement by statement,
 * and the diff options. Statements are length-prefixed so that moving text from one to the next changes the hash.
 */
final class DesiredFingerprint {

    private DesiredFingerprint() {
    }

    static String of(List<String> script, DiffOptions options) {
        MessageDigest digest = sha256();
        update(digest, "options dropUnmappedTables=" + options.dropUnmappedTables() + " dropUnmappedIndexes="
                + options.dropUnmappedIndexes() + " constraintMatching=" + options.constraintMatching());
        for (String statement : script) {
            update(digest, statement);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void update(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", ex);
        }
    }

}
