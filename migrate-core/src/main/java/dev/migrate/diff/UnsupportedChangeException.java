package dev.migrate.diff;

/** A difference between two schemas that no change of the model can express. */
public class UnsupportedChangeException extends RuntimeException {

    public UnsupportedChangeException(String message) {
        super(message);
    }

}
