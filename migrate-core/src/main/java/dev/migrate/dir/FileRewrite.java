package dev.migrate.dir;

/**
 * One file of a directory replaced by another: {@code from} is removed and {@code to} written with the content.
 * {@code from} and {@code to} may be the same name (the content alone changes).
 */
public record FileRewrite(String from, String to, byte[] content) {
}
