package dev.migrate.dir;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The content of {@code atlas.sum}: a total hash, then one running hash per migration file. Byte-compatible with
 * Atlas's {@code HashFile}: each entry's hash covers that file and every file before it, so an edit, an insertion or
 * a reordering changes every later line, which is what turns two branches' new migrations into a merge conflict.
 */
public final class SumFile {

    static final String HASH_PREFIX = "h1:";

    private final String total;
    private final List<Entry> entries;

    private SumFile(String total, List<Entry> entries) {
        this.total = total;
        this.entries = List.copyOf(entries);
    }

    /** One line of {@code atlas.sum}: a file and the running hash up to and including it (base64, no prefix). */
    public record Entry(String name, String hash) {
    }

    /** Hashes the directory's files as Atlas does. */
    public static SumFile compute(MigrationDirectory directory) {
        return of(SumHasher.hash(directory));
    }

    /** A sum file with the given entries and the total computed from them. */
    static SumFile of(List<Entry> entries) {
        return new SumFile(totalOf(entries), entries);
    }

    /** A sum file as read, whose stated total may disagree with its entries (see {@link #totalMatchesEntries()}). */
    static SumFile asRead(String statedTotal, List<Entry> entries) {
        return new SumFile(statedTotal, entries);
    }

    /** Parses {@code atlas.sum} strictly; a malformed file raises {@link SumFileFormatException} naming the line. */
    static SumFile parse(byte[] content) {
        return SumFileParser.parse(content);
    }

    /** The total hash (base64, without {@code h1:}). */
    public String total() {
        return total;
    }

    public List<Entry> entries() {
        return entries;
    }

    public Optional<String> hashOf(String name) {
        return entries.stream().filter(entry -> entry.name().equals(name)).map(Entry::hash).findFirst();
    }

    /** False when the total line was edited by hand (or the entries were): the file contradicts itself. */
    boolean totalMatchesEntries() {
        return total.equals(totalOf(entries));
    }

    /** The exact bytes Atlas writes: {@code h1:<total>\n} then {@code <name> h1:<hash>\n} per file. */
    public String render() {
        StringBuilder text = new StringBuilder(HASH_PREFIX).append(total).append('\n');
        for (Entry entry : entries) {
            text.append(entry.name()).append(' ').append(HASH_PREFIX).append(entry.hash()).append('\n');
        }
        return text.toString();
    }

    public byte[] renderBytes() {
        return render().getBytes(StandardCharsets.UTF_8);
    }

    static String totalOf(List<Entry> entries) {
        MessageDigest digest = Sha256.newDigest();
        for (Entry entry : entries) {
            digest.update(entry.name().getBytes(StandardCharsets.UTF_8));
            digest.update(entry.hash().getBytes(StandardCharsets.UTF_8));
        }
        return Base64.getEncoder().encodeToString(digest.digest());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SumFile that && total.equals(that.total) && entries.equals(that.entries);
    }

    @Override
    public int hashCode() {
        return total.hashCode() * 31 + entries.hashCode();
    }

    @Override
    public String toString() {
        return render();
    }

}
