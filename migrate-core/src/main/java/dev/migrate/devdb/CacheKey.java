package dev.migrate.devdb;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.migrate.dir.MigrationFormat;

/**
 * What a cached replay is valid for: the directory's {@code atlas.sum} total (which covers every file's name and
 * bytes), the format it was read in, and {@link #REVISION} of the replay rules. The schema is named
 * {@code migrate_cache_<first 12 hex digits of SHA-256 over those>}; its comment, the {@linkplain #marker() marker},
 * spells them out in full and is what validates a hit, so a 48-bit name collision cannot serve a wrong schema.
 *
 * @param format the format the files were read in
 * @param sumTotal the directory's sum total (base64, without {@code h1:})
 * @param location where the directory is; not part of the identity, it lets a directory's newer cache replace its
 * older one
 */
record CacheKey(MigrationFormat format, String sumTotal, String location) {

    static final String PREFIX = "migrate_cache_";

    /** Raised whenever replay rules change what a directory replays to, so older caches are not used. */
    static final int REVISION = 1;

    private static final Pattern MARKER = Pattern.compile("migrate replay cache; revision=\\d+ format=\\S+ sum=h1:\\S+ "
            + "directory=(.*)");

    String schemaName() {
        String identity = REVISION + "\n" + format.id() + "\n" + sumTotal;
        return PREFIX + new Fingerprint().add(identity.getBytes(StandardCharsets.UTF_8)).hex().substring(0, 12);
    }

    String marker() {
        return "migrate replay cache; revision=" + REVISION + " format=" + format.id() + " sum=h1:" + sumTotal
                + " directory=" + location;
    }

    /** The directory a cache schema's marker names, or empty when the comment is not a marker. */
    static Optional<String> directoryOf(String marker) {
        if (marker == null) {
            return Optional.empty();
        }
        Matcher matcher = MARKER.matcher(marker);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

}
