package dev.migrate.dir;

import java.util.List;

/**
 * What a write that did not finish left behind: the migration files it meant to add, as recorded in its journal
 * before the first file was put in place.
 */
public record InterruptedWrite(List<String> files) {

    public InterruptedWrite {
        files = List.copyOf(files);
    }

}
