package dev.migrate.rebase;

import java.math.BigInteger;
import java.time.Clock;
import java.util.Optional;

import dev.migrate.dir.NextVersion;
import dev.migrate.dir.Version;

/**
 * The versions a rebase hands out, each after the one before: timestamps ({@code yyyyMMddHHmmss}) where the base
 * uses them (or has none), else the next counter ({@code 7} after {@code 6}, {@code 2} after {@code 1.4}), so a
 * Flyway directory numbered {@code V1, V2, ...} stays numbered.
 */
final class FreshVersions {

    private final Clock clock;
    private String latest;

    FreshVersions(Optional<String> latest, Clock clock) {
        this.latest = latest.orElse(null);
        this.clock = clock;
    }

    String next() {
        latest = latest == null || isTimestamp(latest) ? NextVersion.after(Optional.ofNullable(latest), clock)
                : Version.parse(latest).parts().get(0).add(BigInteger.ONE).toString();
        return latest;
    }

    private static boolean isTimestamp(String version) {
        return version.length() == 14 && version.chars().allMatch(Character::isDigit);
    }

}
