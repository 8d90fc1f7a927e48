package dev.migrate.dir;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A migration to add: its name, forward SQL and, when it has one, reverse SQL.
 *
 * @param name short snake_case name, e.g. {@code add_email_to_users}
 * @param up forward statements (may be empty for a migration the user fills in)
 * @param down reverse statements, or {@code null} when there is none
 */
public record NewMigration(String name, String up, String down) {

    private static final Pattern VALID_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,99}");

    public NewMigration {
        if (name == null || !VALID_NAME.matcher(name).matches()) {
            throw new MigrationDirectoryException("'" + name + "' is not a valid migration name.",
                    "Use letters, digits, '_' and '-' only (at most 100 characters), for example add_email_to_users.");
        }
        up = up == null ? "" : up;
    }

    public static NewMigration empty(String name) {
        return new NewMigration(name, "", null);
    }

    Optional<String> reverse() {
        return Optional.ofNullable(down);
    }

}
