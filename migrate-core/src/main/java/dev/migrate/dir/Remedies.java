package dev.migrate.dir;

/** The fix sentences shared by every place that reports a directory problem. */
final class Remedies {

    static final String HASH_COMMAND = "./mvnw migrate:hash";

    static final String REHASH_OR_RESTORE = "If the change was intended, run " + HASH_COMMAND
            + " to re-hash the directory; otherwise restore the file from version control.";

    static final String CREATE_SUM = "Run " + HASH_COMMAND + " to create atlas.sum, then commit it with the migrations.";

    static final String REBUILD_SUM = "Restore atlas.sum from version control, or rebuild it from the files with "
            + HASH_COMMAND + ".";

    static final String LINE_ENDINGS = "Restore the file from version control and add '*.sql text eol=lf' to "
            + ".gitattributes so git and editors stop rewriting migration files.";

    private Remedies() {
    }

}
