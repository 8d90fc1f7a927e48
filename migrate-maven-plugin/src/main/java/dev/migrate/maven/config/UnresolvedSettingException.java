package dev.migrate.maven.config;

import dev.migrate.MigrateException;

/** The application's configuration could not be read, or one of its settings could not be resolved; says which. */
public class UnresolvedSettingException extends MigrateException {

    public UnresolvedSettingException(String message, String fix, Throwable cause) {
        super(message, fix, cause);
    }

}
