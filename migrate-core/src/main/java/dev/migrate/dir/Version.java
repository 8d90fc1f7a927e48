package dev.migrate.dir;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * A migration version compared part by part as numbers, so {@code 2} sorts before {@code 10} and Flyway's
 * {@code 1.10} after {@code 1.9}. Timestamps ({@code yyyyMMddHHmmss}) are a single part.
 */
public record Version(String text, List<BigInteger> parts) implements Comparable<Version> {

    public Version {
        parts = List.copyOf(parts);
    }

    /** Whether the text is a numeric version (digits, optionally separated by dots or underscores). */
    static boolean isNumeric(String text) {
        return text != null && text.matches("\\d+([._]\\d+)*");
    }

    public static Version parse(String text) {
        if (!isNumeric(text)) {
            throw new IllegalArgumentException("'" + text + "' is not a version: expected digits, optionally "
                    + "separated by dots or underscores");
        }
        List<BigInteger> parts = new ArrayList<>();
        for (String part : text.split("[._]")) {
            parts.add(new BigInteger(part));
        }
        return new Version(text, parts);
    }

    @Override
    public int compareTo(Version other) {
        int common = Math.min(parts.size(), other.parts.size());
        for (int i = 0; i < common; i++) {
            int order = parts.get(i).compareTo(other.parts.get(i));
            if (order != 0) {
                return order;
            }
        }
        // 1.0 equals 1: missing parts count as zero.
        List<BigInteger> longer = parts.size() > other.parts.size() ? parts : other.parts;
        int sign = parts.size() > other.parts.size() ? 1 : -1;
        for (int i = common; i < longer.size(); i++) {
            if (longer.get(i).signum() != 0) {
                return sign;
            }
        }
        return 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Version that && compareTo(that) == 0;
    }

    @Override
    public int hashCode() {
        return canonical().hashCode();
    }

    /** Equal versions have equal canonical text: numbers without leading zeros, trailing zero parts dropped. */
    public String canonical() {
        int end = parts.size();
        while (end > 1 && parts.get(end - 1).signum() == 0) {
            end--;
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < end; i++) {
            text.append(i == 0 ? "" : ".").append(parts.get(i));
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return text;
    }

}
