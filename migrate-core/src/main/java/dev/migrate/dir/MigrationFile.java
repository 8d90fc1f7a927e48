package dev.migrate.dir;

/**
 * One migration file as its format names it.
 *
 * @param name the file name
 * @param version the version text as written (digits, Flyway also dots or underscores)
 * @param description the name part, words separated by underscores as written
 * @param direction up, or down for a reverse file
 */
public record MigrationFile(String name, String version, String description, Direction direction) {

    public Version parsedVersion() {
        return Version.parse(version);
    }

}
