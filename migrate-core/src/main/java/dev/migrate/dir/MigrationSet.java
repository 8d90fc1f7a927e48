package dev.migrate.dir;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The migrations of a directory read in one format, in version order. */
public final class MigrationSet {

    private final MigrationFormat format;
    private final List<MigrationFile> files;

    private MigrationSet(MigrationFormat format, List<MigrationFile> files) {
        this.format = format;
        this.files = List.copyOf(files);
    }

    /**
     * @throws MigrationDirectoryException when a file does not follow the format's naming
     * @throws DuplicateVersionException when two files claim the same version and direction
     */
    public static MigrationSet of(MigrationDirectory directory, MigrationFormat format) {
        return of(directory.location(), UncheckedReads.sqlFileNames(directory), format);
    }

    public static MigrationSet of(String location, List<String> fileNames, MigrationFormat format) {
        List<MigrationFile> files = new ArrayList<>(fileNames.size());
        Map<String, MigrationFile> byVersion = new HashMap<>();
        for (String name : fileNames) {
            MigrationFile file = format.parse(name).orElseThrow(() -> misnamed(location, name, format));
            String key = format.versionKey(file.version()) + "/" + file.direction();
            MigrationFile clash = byVersion.putIfAbsent(key, file);
            if (clash != null) {
                throw new DuplicateVersionException(location, file.version(), clash.name(), file.name());
            }
            files.add(file);
        }
        files.sort(format.order());
        return new MigrationSet(format, files);
    }

    private static MigrationDirectoryException misnamed(String location, String name, MigrationFormat format) {
        return new MigrationDirectoryException(name + " in " + location + " does not follow the "
                + format.id() + " format: its files are named " + format.pattern() + ".",
                "Rename the file to follow that pattern (then run " + Remedies.HASH_COMMAND
                        + "), or set the directory's format to the one its files use.");
    }

    MigrationFormat format() {
        return format;
    }

    /** All files, in version order (a version's up file before its down file). */
    public List<MigrationFile> files() {
        return files;
    }

    public List<MigrationFile> upFiles() {
        return files.stream().filter(file -> file.direction() == Direction.UP).toList();
    }

    /**
     * The up files in the order the executor runs them. Flyway and golang-migrate run files by version ({@code 2}
     * before {@code 10}); Liquibase's {@code includeAll}, and Atlas, by file name ({@code 10_x.sql} before
     * {@code 2_y.sql}). With timestamp versions both orders agree.
     */
    public List<MigrationFile> upFilesInExecutionOrder() {
        List<MigrationFile> up = upFiles();
        if (format == MigrationFormat.LIQUIBASE || format == MigrationFormat.ATLAS) {
            return up.stream().sorted(Comparator.comparing(MigrationFile::name)).toList();
        }
        return up;
    }

    /** The up file of a version. */
    Optional<MigrationFile> find(String version) {
        String wanted;
        try {
            wanted = format.versionKey(version);
        }
        catch (IllegalArgumentException ex) {
            return Optional.empty(); // not a version of this format, so not one of its files
        }
        return upFiles().stream().filter(file -> format.versionKey(file.version()).equals(wanted)).findFirst();
    }

    public Optional<String> latestVersion() {
        List<MigrationFile> up = upFiles();
        return up.isEmpty() ? Optional.empty() : Optional.of(up.get(up.size() - 1).version());
    }

}
