package dev.migrate.benchmarks.dir;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/** Deterministic migration-like SQL (tables, indexes, seed rows) cut to an exact size, so runs are comparable. */
final class SqlText {

    private static final String[] TYPES = {"bigint", "integer", "varchar(255)", "text", "boolean",
            "timestamp with time zone", "numeric(19, 2)", "uuid", "date", "jsonb"};

    private static final String[] WORDS = {"account", "order", "invoice", "customer", "status", "amount", "created",
            "updated", "owner", "region", "price", "quantity", "label", "note", "reference", "parent"};

    private final Random random;

    SqlText(long seed) {
        this.random = new Random(seed);
    }

    byte[] migration(int index, int size) {
        StringBuilder sql = new StringBuilder(size + 256);
        sql.append("-- Migration ").append(index).append(": schema changes for release ").append(index / 10)
            .append('\n');
        int statement = 0;
        while (sql.length() < size) {
            appendStatement(sql, index, statement++);
        }
        return fit(sql, size).getBytes(StandardCharsets.UTF_8);
    }

    private void appendStatement(StringBuilder sql, int index, int statement) {
        String table = word() + "_" + word() + "_" + index + "_" + statement;
        switch (statement % 3) {
            case 0 -> {
                sql.append("CREATE TABLE ").append(table).append(" (\n    id bigint NOT NULL PRIMARY KEY");
                int columns = 4 + random.nextInt(6);
                for (int column = 0; column < columns; column++) {
                    sql.append(",\n    ").append(word()).append('_').append(column).append(' ')
                        .append(TYPES[random.nextInt(TYPES.length)]).append(random.nextBoolean() ? " NOT NULL" : "");
                }
                sql.append("\n);\n");
            }
            case 1 -> sql.append("CREATE INDEX idx_").append(table).append(" ON ").append(table).append(" (")
                .append(word()).append("_0);\n");
            default -> sql.append("INSERT INTO ").append(table).append(" (id, ").append(word())
                .append("_0) VALUES (").append(random.nextInt(100_000)).append(", '").append(word()).append("');\n");
        }
    }

    /** Cuts at the last complete line that fits and pads with a comment line to exactly {@code size} bytes. */
    private static String fit(StringBuilder sql, int size) {
        int end = sql.lastIndexOf("\n", size - 8) + 1;
        StringBuilder fitted = new StringBuilder(sql.substring(0, end)).append("-- ");
        while (fitted.length() < size - 1) {
            fitted.append('.');
        }
        return fitted.append('\n').toString();
    }

    private String word() {
        return WORDS[random.nextInt(WORDS.length)];
    }

}
