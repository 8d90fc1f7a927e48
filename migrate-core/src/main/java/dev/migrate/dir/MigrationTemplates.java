package dev.migrate.dir;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The bytes of a new migration's files in each format, keyed by file name, up file first. */
final class MigrationTemplates {

    static final String LIQUIBASE_AUTHOR = "migrate";

    private MigrationTemplates() {
    }

    static Map<String, byte[]> render(MigrationFormat format, String version, NewMigration migration) {
        List<String> names = format.fileNames(version, migration.name());
        Map<String, byte[]> files = new LinkedHashMap<>();
        if (format == MigrationFormat.LIQUIBASE) {
            files.put(names.get(0), utf8(liquibase(version, migration)));
            return files;
        }
        files.put(names.get(0), utf8(endWithNewline(migration.up())));
        if (names.size() > 1) {
            files.put(names.get(1), utf8(endWithNewline(migration.reverse().orElse(""))));
        }
        return files;
    }

    /** Liquibase formatted SQL: one changeset per file, its reverse as {@code --rollback} lines. */
    private static String liquibase(String version, NewMigration migration) {
        StringBuilder text = new StringBuilder("-- liquibase formatted sql\n\n");
        text.append("-- changeset ").append(LIQUIBASE_AUTHOR).append(':').append(version).append('_')
            .append(migration.name()).append('\n');
        text.append(endWithNewline(migration.up()));
        migration.reverse().ifPresent(down -> down.lines()
            .filter(line -> !line.isBlank())
            .forEach(line -> text.append("-- rollback ").append(line).append('\n')));
        return text.toString();
    }

    private static String endWithNewline(String sql) {
        return sql.isEmpty() || sql.endsWith("\n") ? sql : sql + "\n";
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

}
