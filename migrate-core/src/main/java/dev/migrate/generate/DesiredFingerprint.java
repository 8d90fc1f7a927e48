package dev.migrate.generate;

import java.util.List;

import dev.migrate.devdb.Fingerprint;

/**
 * A hash of everything on the desired side that decides a diff's outcome: the create script, statement by statement,
 * and the diff options. Statements are length-prefixed so that moving text from one to the next changes the hash.
 */
final class DesiredFingerprint {

    private DesiredFingerprint() {
    }

    static String of(List<String> script, DiffOptions options) {
        Fingerprint fingerprint = new Fingerprint();
        fingerprint.add("options dropUnmappedTables=" + options.dropUnmappedTables() + " dropUnmappedIndexes="
                + options.dropUnmappedIndexes() + " constraintMatching=" + options.constraintMatching());
        for (String statement : script) {
            fingerprint.add(statement);
        }
        return fingerprint.hex();
    }

}
