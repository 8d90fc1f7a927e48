package dev.migrate.rebase;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** Whether a file holds the conflict markers git writes into a file it could not merge. */
public final class ConflictMarkers {

    private static final Pattern MARKER = Pattern.compile("(?m)^(<{7}|={7}|>{7})( |$)");

    private ConflictMarkers() {
    }

    public static boolean in(byte[] content) {
        return MARKER.matcher(new String(content, StandardCharsets.UTF_8)).find();
    }

}
