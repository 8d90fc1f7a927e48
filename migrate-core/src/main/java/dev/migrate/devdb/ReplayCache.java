package dev.migrate.devdb;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replayed directories kept in the dev database, one schema per {@link CacheKey}, so an unchanged directory is not
 * replayed again.
 *
 * <p>A cache schema only ever appears complete: the replay runs in a scratch schema, which is renamed to the cache
 * name and given its marker in one transaction once every statement succeeded. When two runs build the same cache at
 * once, the second rename fails on the existing name and that run uses the first one's schema. When a directory's
 * sum changes, its new cache replaces its older one (same {@code directory=} in the marker); other directories'
 * caches are left alone. Cache schemas are read-only by convention: nothing here writes into one after it is built.
 */
final class ReplayCache {

    private static final Logger log = LoggerFactory.getLogger(ReplayCache.class);

    private final Connection connection;
    private final DevSchemas schemas;

    ReplayCache(Connection connection, DevSchemas schemas) {
        this.connection = connection;
        this.schemas = schemas;
    }

    /** Whether a complete cache for the key exists. */
    boolean contains(CacheKey key) throws SQLException {
        String comment = schemas.withPrefix(connection, key.schemaName()).get(key.schemaName());
        return Objects.equals(comment, key.marker());
    }

    /**
     * Makes a replayed scratch schema the cache for the key and removes the directory's older caches.
     *
     * @return the cache schema's name
     */
    String store(ScratchSchema replayed, CacheKey key) throws SQLException {
        String name = key.schemaName();
        if (contains(key)) {
            replayed.close(); // another run finished the same replay meanwhile; its schema may be in use, keep it
            return name;
        }
        try {
            Schemas.inTransaction(connection, () -> {
                schemas.drop(connection, name); // an unmarked or foreign schema squatting on the name
                schemas.rename(connection, replayed.name(), name);
                schemas.comment(connection, name, key.marker());
            });
            replayed.handedOver();
        }
        catch (SQLException ex) {
            if (!schemas.isDuplicateSchema(ex) || !contains(key)) {
                throw ex;
            }
            log.debug("Another run stored the cache {} first; using it", name);
        }
        removeOlderCachesOf(key);
        return name;
    }

    private void removeOlderCachesOf(CacheKey key) throws SQLException {
        for (Map.Entry<String, String> cache : schemas.withPrefix(connection, CacheKey.PREFIX).entrySet()) {
            boolean sameDirectory = CacheKey.directoryOf(cache.getValue()).filter(key.location()::equals).isPresent();
            if (sameDirectory && !cache.getKey().equals(key.schemaName())) {
                try {
                    schemas.drop(connection, cache.getKey());
                    log.debug("Removed the outdated replay cache {} of {}", cache.getKey(), key.location());
                }
                catch (SQLException ex) {
                    log.debug("Could not remove the outdated replay cache {}: {}", cache.getKey(), ex.getMessage());
                }
            }
        }
    }

}
