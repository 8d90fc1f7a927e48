package dev.migrate.lint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.migrate.dir.MigrationWriter;

/**
 * A directory with one file per check and the {@code atlas:nolint} cases, in SQL both PostgreSQL and H2 run. Each
 * entry says which findings lint must report for it (file line and code).
 */
final class LintDirectory {

    static final String BASE = "01_base.sql";

    static final Map<String, String> FILES = new LinkedHashMap<>();

    static {
        FILES.put(BASE, """
                CREATE TABLE users (id bigint PRIMARY KEY, name varchar(100), email varchar(200), age integer,
                    nick varchar(50), city varchar(50));
                CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint);
                CREATE INDEX idx_orders_user ON orders (user_id);
                ALTER TABLE orders ADD CONSTRAINT fk_orders_user FOREIGN KEY (user_id) REFERENCES users (id);
                CREATE TABLE logs (id bigint);
                CREATE INDEX idx_users_name ON users (name);
                CREATE TABLE notes (id bigint NOT NULL, body varchar(100), title varchar(100));
                CREATE TABLE comments (id bigint, user_id bigint);
                CREATE TABLE temp (id bigint);
                CREATE TABLE extra1 (id bigint);
                CREATE TABLE extra2 (id bigint);
                """);
        FILES.put("02_drop_table.sql", "DROP TABLE logs;\n");
        FILES.put("03_drop_column.sql", "ALTER TABLE users DROP COLUMN nick;\n");
        FILES.put("04_unique_index.sql", "-- one account per address\nCREATE UNIQUE INDEX uq_users_email ON users (email);\n");
        FILES.put("05_made_unique.sql", """
                DROP INDEX idx_users_name;
                CREATE UNIQUE INDEX idx_users_name ON users (name);
                """);
        FILES.put("06_not_null_column.sql", "ALTER TABLE users ADD COLUMN tenant bigint NOT NULL;\n");
        FILES.put("07_set_not_null.sql", "ALTER TABLE users ALTER COLUMN city SET NOT NULL;\n");
        FILES.put("08_rename_table.sql", "ALTER TABLE temp RENAME TO temp2;\n");
        FILES.put("09_narrow_type.sql", "ALTER TABLE users ALTER COLUMN age SET DATA TYPE smallint;\n");
        FILES.put("10_check.sql", "ALTER TABLE users ADD CONSTRAINT ck_users_age CHECK (age > 0);\n");
        FILES.put("11_primary_key.sql", "ALTER TABLE notes ADD CONSTRAINT pk_notes PRIMARY KEY (id);\n");
        FILES.put("12_foreign_key.sql", "ALTER TABLE comments ADD CONSTRAINT fk_comments_user FOREIGN KEY (user_id) "
                + "REFERENCES users (id);\n");
        FILES.put("19_drop_fk_index.sql", "DROP INDEX idx_orders_user;\n");
        FILES.put("20_drop_fk.sql", "ALTER TABLE orders DROP CONSTRAINT fk_orders_user;\n");
        FILES.put("15_nolint_statement.sql", """
                -- the body moves to a table of its own
                -- atlas:nolint DS103
                ALTER TABLE notes DROP COLUMN body;
                --atlas:nolint MF101
                ALTER TABLE notes DROP COLUMN title;
                """);
        FILES.put("16_nolint_file.sql", """
                -- atlas:nolint destructive

                DROP TABLE extra1;
                """);
        FILES.put("17_nolint_bare.sql", """
                /*atlas:nolint*/
                DROP TABLE extra2;
                """);
        FILES.put("18_new_table.sql", """
                CREATE TABLE audit (id bigint);
                ALTER TABLE audit ADD COLUMN actor bigint NOT NULL;
                CREATE UNIQUE INDEX uq_audit_actor ON audit (actor);
                """);
        FILES.put("21_fails.sql", "ALTER TABLE missing_table ADD COLUMN x integer;\n");
    }

    private LintDirectory() {
    }

    static Path write(Path directory) throws IOException {
        for (Map.Entry<String, String> file : FILES.entrySet()) {
            Files.writeString(directory.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
        new MigrationWriter(directory).rehash();
        return directory;
    }

}
