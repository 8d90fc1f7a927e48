package dev.migrate.maven.config;

/** The application's configuration could not be read, or one of its settings could not be resolved; says which. */
public class UnresolvedSettingException extends RuntimeException {

    public UnresolvedSettingException(String message, Throwable cause) {
        super(message, cause);
    }

}
