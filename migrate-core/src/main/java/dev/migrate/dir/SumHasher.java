package dev.migrate.dir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * Atlas's running hash over a directory: for each file in byte-wise name order, its name and then its bytes are fed
 * to one SHA-256; the file's entry is the digest so far. A file whose first line is Atlas's {@code atlas:sum ignore}
 * directive ({@link SumDirective}) feeds its name only and gets no entry. Files are streamed, so memory stays bounded
 * whatever their size.
 */
final class SumHasher {

    private static final int BUFFER_BYTES = 64 * 1024;

    private SumHasher() {
    }

    static List<SumFile.Entry> hash(MigrationDirectory directory) {
        List<String> names = UncheckedReads.sqlFileNames(directory);
        MessageDigest running = Sha256.newDigest();
        List<SumFile.Entry> entries = new ArrayList<>(names.size());
        for (String name : names) {
            MessageDigest fed = UncheckedReads.feed(directory, running, name);
            if (fed != null) {
                running = fed;
                entries.add(new SumFile.Entry(name, Sha256.snapshot(running)));
            }
        }
        return entries;
    }

    /**
     * Feeds one file after the running digest, leaving that digest untouched.
     *
     * @return the digest with the file fed, or {@code null} when the file opted out of the sum (the running digest
     * then has taken its name, as Atlas feeds it)
     */
    static MessageDigest feed(MessageDigest running, String name, InputStream content) throws IOException {
        running.update(name.getBytes(StandardCharsets.UTF_8));
        MessageDigest withContent = Sha256.copy(running);
        SumDirective directive = new SumDirective();
        byte[] buffer = new byte[BUFFER_BYTES];
        for (int read = content.read(buffer); read >= 0; read = content.read(buffer)) {
            directive.accept(buffer, 0, read);
            withContent.update(buffer, 0, read);
        }
        return directive.ignored() ? null : withContent;
    }

    /** {@link #feed(MessageDigest, String, InputStream)} for content already in memory. */
    static MessageDigest feed(MessageDigest running, String name, byte[] content) {
        running.update(name.getBytes(StandardCharsets.UTF_8));
        if (SumDirective.ignored(content)) {
            return null;
        }
        MessageDigest withContent = Sha256.copy(running);
        withContent.update(content);
        return withContent;
    }

}
