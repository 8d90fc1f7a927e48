package dev.migrate.dir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way migrate changes a directory. It refuses a directory that does not validate (as Atlas does), holds a
 * lock so concurrent writers never pick the same version, writes each file atomically, and rewrites
 * {@code atlas.sum} last, after recording in a journal what it is about to add so an interrupted write is explained.
 */
public final class MigrationWriter {

    private static final Logger log = LoggerFactory.getLogger(MigrationWriter.class);

    static final Duration LOCK_TIMEOUT = Duration.ofSeconds(60);

    private final Path directory;
    private final Clock clock;

    public MigrationWriter(Path directory) {
        this(directory, Clock.systemUTC());
    }

    public MigrationWriter(Path directory, Clock clock) {
        this.directory = directory.toAbsolutePath().normalize();
        this.clock = clock;
    }

    /**
     * Adds a migration with the next version and updates {@code atlas.sum}.
     *
     * @throws IntegrityException when the directory does not validate; nothing is written then
     */
    public WrittenMigration add(MigrationFormat format, NewMigration migration) {
        MigrationDirectory view = MigrationDirectory.ofPath(directory);
        UncheckedReads.sqlFileNames(view); // a missing directory or a file fails here, before the lock
        try (DirectoryLock lock = DirectoryLock.acquire(directory, LOCK_TIMEOUT)) {
            WriteJournal journal = WriteJournal.in(directory);
            removeLeftovers(view);
            IntegrityReport report = IntegrityVerifier.verify(view, true);
            if (!report.ok()) {
                throw new IntegrityException(report);
            }
            journal.finish(); // a journal left by a write that did complete its sum means nothing anymore
            Optional<String> latest = MigrationSet.of(view, format).latestVersion();
            String version = NextVersion.after(latest, clock);
            Map<String, byte[]> files = MigrationTemplates.render(format, version, migration);
            requireAbsent(files.keySet());
            journal.begin(List.copyOf(files.keySet()));
            List<Path> written = new ArrayList<>();
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path target = directory.resolve(file.getKey());
                AtomicFiles.write(target, file.getValue());
                written.add(target);
                log.info("Wrote {}", target);
            }
            SumFile sum = writeSum(view);
            journal.finish();
            return new WrittenMigration(version, written, sum);
        }
        catch (IOException ex) {
            throw writeFailure(ex);
        }
    }

    /** Rewrites {@code atlas.sum} from the files as they are: the "I meant this edit" command. */
    public SumFile rehash() {
        MigrationDirectory view = MigrationDirectory.ofPath(directory);
        UncheckedReads.sqlFileNames(view);
        try (DirectoryLock lock = DirectoryLock.acquire(directory, LOCK_TIMEOUT)) {
            removeLeftovers(view);
            SumFile sum = writeSum(view);
            WriteJournal.in(directory).finish();
            return sum;
        }
        catch (IOException ex) {
            throw writeFailure(ex);
        }
    }

    /**
     * Replaces files (new names, new content) and rewrites {@code atlas.sum} from the result, whatever the old sum held:
     * for giving a branch's migrations fresh versions, where the old sum is stale or holds merge conflict markers. The
     * new files are written (atomically, recorded in the journal) before the old ones are removed.
     */
    public SumFile rewrite(List<FileRewrite> rewrites) {
        MigrationDirectory view = MigrationDirectory.ofPath(directory);
        UncheckedReads.sqlFileNames(view);
        try (DirectoryLock lock = DirectoryLock.acquire(directory, LOCK_TIMEOUT)) {
            List<String> removed = rewrites.stream().map(FileRewrite::from).toList();
            requireAbsent(rewrites.stream().map(FileRewrite::to).filter(name -> !removed.contains(name)).toList());
            WriteJournal journal = WriteJournal.in(directory);
            journal.begin(rewrites.stream().map(FileRewrite::to).toList());
            for (FileRewrite rewrite : rewrites) {
                AtomicFiles.write(directory.resolve(rewrite.to()), rewrite.content());
            }
            for (FileRewrite rewrite : rewrites) {
                if (!rewrite.from().equals(rewrite.to())) {
                    Files.delete(directory.resolve(rewrite.from()));
                }
                log.info("Rewrote {} as {}", rewrite.from(), rewrite.to());
            }
            SumFile sum = writeSum(view);
            journal.finish();
            return sum;
        }
        catch (IOException ex) {
            throw writeFailure(ex);
        }
    }

    private SumFile writeSum(MigrationDirectory view) throws IOException {
        SumFile sum = SumFile.compute(view);
        AtomicFiles.write(directory.resolve(MigrationDirectory.SUM_FILE_NAME), sum.renderBytes());
        log.info("Updated {} ({} file(s))", directory.resolve(MigrationDirectory.SUM_FILE_NAME), sum.entries().size());
        return sum;
    }

    /** Temporary files of an interrupted write: safe to delete while this writer holds the directory's lock. */
    private void removeLeftovers(MigrationDirectory view) throws IOException {
        for (String name : view.leftovers()) {
            Files.deleteIfExists(directory.resolve(name));
            log.info("Removed {}, left behind by an interrupted write", name);
        }
    }

    private void requireAbsent(Iterable<String> names) {
        for (String name : names) {
            if (Files.exists(directory.resolve(name))) {
                throw new MigrationDirectoryException(name + " already exists in " + directory + ".",
                        "Choose another migration name or remove the existing file.");
            }
        }
    }

    private MigrationDirectoryException writeFailure(IOException ex) {
        return new MigrationDirectoryException("Cannot write to the migration directory " + directory + ": "
                + ex.getMessage(), "Check that the directory is writable by this user and the disk is not full.", ex);
    }

}
