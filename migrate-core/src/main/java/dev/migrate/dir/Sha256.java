package dev.migrate.dir;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** SHA-256 helpers; every JVM has the algorithm, so its absence is a broken runtime, not a user error. */
final class Sha256 {

    private Sha256() {
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("This JVM has no SHA-256", ex);
        }
    }

    /** The base64 digest of everything fed so far, leaving the running digest untouched. */
    static String snapshot(MessageDigest running) {
        try {
            return Base64.getEncoder().encodeToString(((MessageDigest) running.clone()).digest());
        }
        catch (CloneNotSupportedException ex) {
            throw new IllegalStateException("SHA-256 digest cannot be cloned on this JVM", ex);
        }
    }

    static MessageDigest copy(MessageDigest running) {
        try {
            return (MessageDigest) running.clone();
        }
        catch (CloneNotSupportedException ex) {
            throw new IllegalStateException("SHA-256 digest cannot be cloned on this JVM", ex);
        }
    }

}
