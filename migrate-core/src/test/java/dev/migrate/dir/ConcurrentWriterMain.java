package dev.migrate.dir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** A separate process that adds migrations, all at the same clock reading, to race other processes. */
public final class ConcurrentWriterMain {

    private ConcurrentWriterMain() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        String prefix = args[1];
        int count = Integer.parseInt(args[2]);
        Clock frozen = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        MigrationWriter writer = new MigrationWriter(dir, frozen);
        for (int i = 0; i < count; i++) {
            writer.add(MigrationFormat.ATLAS, new NewMigration(prefix + "_" + i, "SELECT " + i + ";", null));
        }
    }

}
