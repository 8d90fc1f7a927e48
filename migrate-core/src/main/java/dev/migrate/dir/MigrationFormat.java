package dev.migrate.dir;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How a migration tool names its files, and so how versions and descriptions are read from them. The sum is the same
 * for every format; only names and file templates differ.
 */
public enum MigrationFormat {

    /**
     * Atlas: {@code <version>_<name>.sql}, where the version is whatever precedes the first {@code _} (so
     * {@code 1.0_init.sql} and {@code 2.10.x-20_description.sql} are valid) and files run in name order; a
     * {@code .up.sql} / {@code .down.sql} pair is one migration and its reverse.
     */
    ATLAS("atlas", "<version>_<name>.sql",
            Pattern.compile("(?<version>[^_]+?)(?:_(?<name>.*?))?(?:\\.(?<direction>up|down))?\\.sql")) {
        @Override
        public List<String> fileNames(String version, String name) {
            return List.of(version + "_" + name + ".sql");
        }

        @Override
        Comparator<MigrationFile> order() {
            // Atlas's name order; a version's up file before its down file, which the name order would swap.
            return Comparator.comparing((MigrationFile file) -> file.name().replaceFirst("\\.(up|down)\\.sql$", ".sql"),
                    FileNameOrder.BYTEWISE).thenComparing(MigrationFile::direction);
        }

        @Override
        String versionKey(String version) {
            return version;
        }
    },

    /** golang-migrate: {@code <version>_<name>.up.sql} and {@code <version>_<name>.down.sql}. */
    GOLANG_MIGRATE("golang-migrate", "<version>_<name>.up.sql / .down.sql",
            Pattern.compile("(?<version>\\d+)_(?<name>.*)\\.(?<direction>up|down)\\.sql")) {
        @Override
        public List<String> fileNames(String version, String name) {
            return List.of(version + "_" + name + ".up.sql", version + "_" + name + ".down.sql");
        }
    },

    /** Flyway: {@code V<version>__<name>.sql}, and undo files {@code U<version>__<name>.sql}. */
    FLYWAY("flyway", "V<version>__<name>.sql / U<version>__<name>.sql",
            Pattern.compile("(?<direction>[VU])(?<version>\\d+(?:[._]\\d+)*)__(?<name>.*)\\.sql")) {
        @Override
        public List<String> fileNames(String version, String name) {
            return List.of("V" + version + "__" + name + ".sql", "U" + version + "__" + name + ".sql");
        }
    },

    /** Liquibase formatted SQL: {@code <version>_<name>.sql}, reverse in {@code --rollback} lines. */
    LIQUIBASE("liquibase", "<version>_<name>.sql", Pattern.compile("(?<version>\\d+)(?:_(?<name>.*))?\\.sql")) {
        @Override
        public List<String> fileNames(String version, String name) {
            return List.of(version + "_" + name + ".sql");
        }
    };

    private final String id;
    private final String pattern;
    private final Pattern fileName;

    MigrationFormat(String id, String pattern, Pattern fileName) {
        this.id = id;
        this.pattern = pattern;
        this.fileName = fileName;
    }

    /** The name used in configuration: {@code atlas}, {@code golang-migrate}, {@code flyway}, {@code liquibase}. */
    public String id() {
        return id;
    }

    /** The file name pattern, for messages. */
    String pattern() {
        return pattern;
    }

    /**
     * The files a new migration gets, up file first; formats that keep the reverse apart (golang-migrate, Flyway)
     * return two names.
     */
    abstract List<String> fileNames(String version, String name);

    /** The order the executor applies files in: by version, a version's up file first. */
    Comparator<MigrationFile> order() {
        return Comparator.comparing(MigrationFile::parsedVersion).thenComparing(MigrationFile::direction);
    }

    /** Versions with equal keys are the same version ({@code 1.0} and {@code 1} for Flyway). */
    String versionKey(String version) {
        return Version.parse(version).canonical();
    }

    public Optional<MigrationFile> parse(String name) {
        Matcher matcher = fileName.matcher(name);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String description = matcher.group("name") == null ? "" : matcher.group("name");
        return Optional.of(new MigrationFile(name, matcher.group("version"), description, directionOf(matcher)));
    }

    private Direction directionOf(Matcher matcher) {
        if (!fileName.pattern().contains("<direction>")) {
            return Direction.UP;
        }
        String direction = matcher.group("direction");
        return direction == null ? Direction.UP : direction.equals("down") || direction.equals("U") ? Direction.DOWN : Direction.UP;
    }

    public static MigrationFormat fromId(String id) {
        return Arrays.stream(values())
            .filter(format -> format.id.equalsIgnoreCase(id) || format.name().equalsIgnoreCase(id))
            .findFirst()
            .orElseThrow(() -> new MigrationDirectoryException("Unknown migration format '" + id + "'.",
                    "Use one of: " + Arrays.stream(values()).map(MigrationFormat::id).collect(Collectors.joining(", "))
                            + "."));
    }

}
