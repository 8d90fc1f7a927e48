package dev.migrate.rebase;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Liquibase formatted SQL names each changeset {@code -- changeset author:id}; the ids migrate writes carry the
 * version ({@code 20250101120000_add_isbn}). A rebased file gets the new version in those ids, so the changeset and its
 * file keep one name. Ids that do not contain the old version are left as they are.
 */
final class ChangesetIds {

    private static final Pattern CHANGESET = Pattern.compile("(?im)^(\\s*--\\s*changeset\\s+[^:\\s]+:)(\\S+)");

    private ChangesetIds() {
    }

    static String rewrite(String text, String oldVersion, String newVersion) {
        Matcher matcher = CHANGESET.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String id = matcher.group(2).replace(oldVersion, newVersion);
            matcher.appendReplacement(result, Matcher.quoteReplacement(matcher.group(1) + id));
        }
        matcher.appendTail(result);
        return result.toString();
    }

}
