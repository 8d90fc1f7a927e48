package dev.migrate.devdb;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The comment on a scratch schema naming the backend that owns it, so a later run can tell a schema of a killed run
 * (its backend is gone) from one in use by a run still going.
 */
record ScratchMarker(BackendIdentity owner) {

    private static final Pattern FORMAT = Pattern.compile("migrate scratch schema; owner pid=(\\d+) since=(\\d+);.*");

    String text() {
        return "migrate scratch schema; owner pid=" + owner.pid() + " since=" + owner.startMicros()
                + "; dropped when its run ends, or by the next run once that backend is gone";
    }

    static Optional<ScratchMarker> parse(String comment) {
        if (comment == null) {
            return Optional.empty();
        }
        Matcher matcher = FORMAT.matcher(comment);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new ScratchMarker(
                new BackendIdentity(Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2)))));
    }

}
