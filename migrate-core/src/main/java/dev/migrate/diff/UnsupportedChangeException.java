package dev.migrate.diff;

import dev.migrate.MigrateException;

/** A difference between two schemas that no change of the model can express. */
public class UnsupportedChangeException extends MigrateException {

    public UnsupportedChangeException(String message, String fix) {
        super(message, fix);
    }

}
