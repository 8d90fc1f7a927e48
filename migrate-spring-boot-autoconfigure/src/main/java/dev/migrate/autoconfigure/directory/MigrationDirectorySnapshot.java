package dev.migrate.autoconfigure.directory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.migrate.dir.IntegrityReport;
import dev.migrate.dir.IntegrityVerifier;
import dev.migrate.dir.MigrationDirectory;
import dev.migrate.dir.MigrationFile;
import dev.migrate.dir.MigrationFormat;
import dev.migrate.dir.MigrationSet;
import dev.migrate.dir.SumFile;

/**
 * What the runtime migration directory holds, read and hashed once per process: the directory does not change while
 * the application runs (except when a migration generated at startup is copied into it, see {@link #refresh()}), so
 * the integrity report, the migration files and their hashes are computed on first use and kept.
 */
public final class MigrationDirectorySnapshot {

    private final String location;

    private final MigrationDirectory directory;

    private final MigrationFormat format;

    private final boolean requireSum;

    private volatile Contents contents;

    /**
     * @param location the directory's location as configured ({@code migrate.dir})
     */
    public MigrationDirectorySnapshot(String location, MigrationDirectory directory, MigrationFormat format,
            boolean requireSum) {
        this.location = location;
        this.directory = directory;
        this.format = format;
        this.requireSum = requireSum;
    }

    public MigrationDirectory directory() {
        return this.directory;
    }

    /** The location as configured, such as {@code classpath:db/migrations}. */
    public String location() {
        return this.location;
    }

    public MigrationFormat format() {
        return this.format;
    }

    public boolean exists() {
        return this.directory.exists();
    }

    public IntegrityReport integrity() {
        return contents().integrity();
    }

    /** The up migrations in version order. */
    public List<MigrationFile> migrations() {
        return contents().migrations().upFiles();
    }

    public MigrationSet migrationSet() {
        return contents().migrations();
    }

    /** The file's hash as atlas.sum would record it ({@code h1:...}), from the file's current bytes. */
    public Optional<String> hashOf(String fileName) {
        return Optional.ofNullable(contents().hashes().get(fileName));
    }

    /**
     * Forgets what was read, for when the directory changed on purpose: a migration generated at startup was copied
     * into it.
     */
    public void refresh() {
        synchronized (this) {
            this.contents = null;
        }
    }

    private Contents contents() {
        Contents current = this.contents;
        if (current == null) {
            synchronized (this) {
                current = this.contents;
                if (current == null) {
                    current = read();
                    this.contents = current;
                }
            }
        }
        return current;
    }

    private Contents read() {
        IntegrityReport integrity = IntegrityVerifier.verify(this.directory, this.requireSum);
        MigrationSet migrations = MigrationSet.of(this.directory, this.format);
        Map<String, String> hashes = new LinkedHashMap<>();
        SumFile computed = integrity.computed().orElseGet(() -> SumFile.compute(this.directory));
        for (SumFile.Entry entry : computed.entries()) {
            hashes.put(entry.name(), "h1:" + entry.hash());
        }
        return new Contents(integrity, migrations, Map.copyOf(hashes));
    }

    private record Contents(IntegrityReport integrity, MigrationSet migrations, Map<String, String> hashes) {
    }

}
