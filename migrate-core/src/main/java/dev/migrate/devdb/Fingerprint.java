package dev.migrate.devdb;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A SHA-256 hash built from parts: the names of the replay cache and the in-sync memo, and the fingerprints that
 * tell whether what decides a diff's outcome changed. Text parts are length-prefixed so that moving text from one
 * part to the next changes the hash.
 */
public final class Fingerprint {

    private final MessageDigest digest;

    public Fingerprint() {
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", ex);
        }
    }

    /** Adds a text part, prefixed with its length in UTF-8 bytes. */
    public Fingerprint add(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        this.digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        this.digest.update(bytes);
        return this;
    }

    /** Adds raw bytes as they are. */
    public Fingerprint add(byte[] bytes) {
        this.digest.update(bytes);
        return this;
    }

    /** The hash of the parts added, in lowercase hex; the fingerprint is spent afterwards. */
    public String hex() {
        return HexFormat.of().formatHex(this.digest.digest());
    }

}
