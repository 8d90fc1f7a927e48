package dev.migrate.dir;

import java.io.IOException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a directory against its {@code atlas.sum} as Atlas's {@code migrate validate} does, and says more: which
 * line, which file, added/edited/removed, whether only line endings or whitespace changed, whether a write was
 * interrupted. Never changes the directory.
 */
public final class IntegrityVerifier {

    /** A sum line is under 200 bytes; anything this large is not a sum file, so it is not read into memory. */
    static final long MAX_SUM_FILE_BYTES = 32L * 1024 * 1024;

    /** Whether an edit was only cosmetic is worked out in memory, so only for files up to this size. */
    private static final int COSMETIC_CHECK_BYTES = 16 * 1024 * 1024;

    private IntegrityVerifier() {
    }

    /**
     * @param requireSum whether migration files without {@code atlas.sum} are a failure (otherwise the directory is
     * accepted unchecked)
     * @throws MigrationDirectoryException when the directory is missing, is a file, or cannot be read
     */
    public static IntegrityReport verify(MigrationDirectory directory, boolean requireSum) {
        return check(directory, requireSum).withLeftovers(UncheckedReads.leftovers(directory));
    }

    private static IntegrityReport check(MigrationDirectory directory, boolean requireSum) {
        List<String> names = UncheckedReads.sqlFileNames(directory);
        long sumSize = sumFileSize(directory);
        if (sumSize < 0) {
            return withoutSum(directory, names, requireSum);
        }
        if (sumSize > MAX_SUM_FILE_BYTES) {
            return malformed(directory, new SumFileFormatException(1, "the file is " + megabytes(sumSize)
                    + " MB; a sum file lists one short line per migration (" + names.size()
                    + " here), so this is not a sum file"));
        }
        SumFile sum;
        try {
            sum = SumFile.parse(readSum(directory));
        }
        catch (SumFileFormatException ex) {
            return malformed(directory, ex);
        }
        return compare(directory, names, sum);
    }

    private static IntegrityReport withoutSum(MigrationDirectory directory, List<String> names, boolean requireSum) {
        SumFile computed = SumFile.compute(directory);
        if (names.isEmpty() || !requireSum) {
            return new IntegrityReport(directory.location(), IntegrityStatus.OK, List.of(), null, computed);
        }
        IntegrityProblem problem = new IntegrityProblem(ProblemKind.SUM_MISSING, null, 0, "checksum file not found: "
                + names.size() + " migration file(s) but no " + MigrationDirectory.SUM_FILE_NAME,
                Remedies.CREATE_SUM);
        return new IntegrityReport(directory.location(), IntegrityStatus.SUM_MISSING, List.of(problem), null,
                computed);
    }

    private static IntegrityReport malformed(MigrationDirectory directory, SumFileFormatException ex) {
        IntegrityProblem problem = new IntegrityProblem(ProblemKind.SUM_MALFORMED, null, ex.line(),
                MigrationDirectory.SUM_FILE_NAME + " is malformed: " + ex.reason(), ex.fix());
        return new IntegrityReport(directory.location(), IntegrityStatus.SUM_MALFORMED, List.of(problem), null, null);
    }

    private static IntegrityReport compare(MigrationDirectory directory, List<String> names, SumFile sum) {
        List<IntegrityProblem> problems = new ArrayList<>();
        if (!sum.totalMatchesEntries()) {
            problems.add(new IntegrityProblem(ProblemKind.TOTAL_MISMATCH, null, 1, "the total hash on line 1 does not "
                    + "match the entries below it: " + MigrationDirectory.SUM_FILE_NAME + " was edited by hand",
                    Remedies.REBUILD_SUM));
        }
        Optional<InterruptedWrite> interrupted = interruptedWrite(directory);
        List<SumFile.Entry> expected = sum.entries();
        MessageDigest running = Sha256.newDigest();
        List<SumFile.Entry> actual = new ArrayList<>(names.size());
        IntegrityProblem first = null;
        for (String name : names) {
            MessageDigest before = first == null ? Sha256.copy(running) : null;
            MessageDigest fed = UncheckedReads.feed(directory, running, name);
            if (fed == null) {
                continue;
            }
            running = fed;
            SumFile.Entry entry = new SumFile.Entry(name, Sha256.snapshot(running));
            int index = actual.size();
            actual.add(entry);
            if (first == null) {
                first = firstMismatch(directory, index, entry, expected, before, interrupted);
            }
        }
        if (first == null && actual.size() < expected.size()) {
            SumFile.Entry gone = expected.get(actual.size());
            first = removed(gone.name(), actual.size() + 2);
        }
        // Without a first mismatch every entry matched its line and none is missing, so the name sets are equal and
        // building them for thousands of files would only confirm it.
        if (first != null) {
            problems.add(first);
            problems.addAll(otherAddedOrRemoved(expected, actual, first, interrupted));
        }
        SumFile computed = SumFile.of(actual);
        IntegrityStatus status = problems.isEmpty() ? IntegrityStatus.OK : IntegrityStatus.CHECKSUM_MISMATCH;
        return new IntegrityReport(directory.location(), status, problems, sum, computed);
    }

    private static IntegrityProblem firstMismatch(MigrationDirectory directory, int index, SumFile.Entry entry,
            List<SumFile.Entry> expected, MessageDigest before, Optional<InterruptedWrite> interrupted) {
        int line = index + 2;
        if (index >= expected.size()) {
            return added(entry.name(), line, interrupted);
        }
        SumFile.Entry recorded = expected.get(index);
        if (recorded.equals(entry)) {
            return null;
        }
        if (recorded.name().equals(entry.name())) {
            return edited(entry.name(), line, before, UncheckedReads.readUpTo(directory, entry.name(),
                    COSMETIC_CHECK_BYTES), recorded.hash());
        }
        if (!namesOf(expected).contains(entry.name())) { // built here: this runs for one file at most
            return added(entry.name(), line, interrupted);
        }
        return removed(recorded.name(), line);
    }

    private static IntegrityProblem edited(String name, int line, MessageDigest before, Optional<byte[]> content,
            String recordedHash) {
        Optional<String> cosmetic = content.flatMap(bytes -> CosmeticEdits.explain(before, name, bytes, recordedHash));
        if (cosmetic.isPresent()) {
            return new IntegrityProblem(ProblemKind.EDITED, name, line, name + " was edited: it differs only in that "
                    + cosmetic.get(), Remedies.LINE_ENDINGS);
        }
        return new IntegrityProblem(ProblemKind.EDITED, name, line, name + " was edited", Remedies.REHASH_OR_RESTORE);
    }

    private static IntegrityProblem added(String name, int line, Optional<InterruptedWrite> interrupted) {
        if (interrupted.map(write -> write.files().contains(name)).orElse(false)) {
            return new IntegrityProblem(ProblemKind.ADDED, name, line, name + " was added by a write that was "
                    + "interrupted before " + MigrationDirectory.SUM_FILE_NAME + " was updated",
                    "Delete the files of the interrupted write (" + String.join(", ", interrupted.get().files())
                            + ") and generate the migration again, or keep them and run " + Remedies.HASH_COMMAND
                            + ".");
        }
        return new IntegrityProblem(ProblemKind.ADDED, name, line, name + " was added",
                "If the file is meant to be a migration, run " + Remedies.HASH_COMMAND
                        + " (or create migrations with ./mvnw migrate:new); otherwise delete it.");
    }

    private static IntegrityProblem removed(String name, int line) {
        return new IntegrityProblem(ProblemKind.REMOVED, name, line, name + " was removed",
                "Restore the file from version control; if the removal was intended, run " + Remedies.HASH_COMMAND
                        + ".");
    }

    /** Added and removed files are certain from the names alone, so all of them are listed, not just the first. */
    private static List<IntegrityProblem> otherAddedOrRemoved(List<SumFile.Entry> expected,
            List<SumFile.Entry> actual, IntegrityProblem first, Optional<InterruptedWrite> interrupted) {
        Set<String> expectedNames = namesOf(expected);
        Set<String> actualNames = namesOf(actual);
        List<IntegrityProblem> more = new ArrayList<>();
        for (int index = 0; index < actual.size(); index++) {
            String name = actual.get(index).name();
            if (!expectedNames.contains(name) && !isReported(first, name)) {
                more.add(added(name, 0, interrupted));
            }
        }
        for (int index = 0; index < expected.size(); index++) {
            String name = expected.get(index).name();
            if (!actualNames.contains(name) && !isReported(first, name)) {
                more.add(removed(name, index + 2));
            }
        }
        return more;
    }

    private static boolean isReported(IntegrityProblem first, String name) {
        return first != null && name.equals(first.file());
    }

    private static Set<String> namesOf(List<SumFile.Entry> entries) {
        Set<String> names = new HashSet<>(entries.size() * 2);
        entries.forEach(entry -> names.add(entry.name()));
        return names;
    }

    private static long sumFileSize(MigrationDirectory directory) {
        try {
            return directory.sumFileSize();
        }
        catch (IOException ex) {
            throw unreadableSum(directory, ex);
        }
    }

    private static byte[] readSum(MigrationDirectory directory) {
        try {
            return directory.readSumFile().orElseThrow();
        }
        catch (IOException ex) {
            throw unreadableSum(directory, ex);
        }
    }

    private static Optional<InterruptedWrite> interruptedWrite(MigrationDirectory directory) {
        try {
            return directory.interruptedWrite();
        }
        catch (IOException ex) {
            return Optional.empty(); // a journal we cannot read only loses a hint, not the check
        }
    }

    private static MigrationDirectoryException unreadableSum(MigrationDirectory directory, IOException ex) {
        return new MigrationDirectoryException("Cannot read " + MigrationDirectory.SUM_FILE_NAME + " in "
                + directory.location() + ": " + ex.getMessage(),
                "Check the file's permissions (it must be readable by this user).", ex);
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }

}
