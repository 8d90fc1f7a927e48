package dev.migrate.autoconfigure.integrity;

/**
 * Runs just before the {@link IntegrityGate} verifies the directory. The dev loop uses it to re-hash a migration it
 * generated, stopped for review and that was edited before anything applied it; nothing else may change the
 * directory here.
 */
@FunctionalInterface
public interface DirectoryPreparation {

    void prepare();

}
