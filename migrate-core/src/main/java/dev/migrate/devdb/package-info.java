/**
 * The dev database side of a diff (JDBC only): scratch schemas, replaying a migration directory into one exactly as its
 * executor would run it, and a cache of replayed directories. What differs per database (creating, commenting,
 * renaming and dropping schemas, the current schema, telling live sessions from ended ones) is behind
 * {@link dev.migrate.devdb.DevSchemas}, which each {@link dev.migrate.dialect.Dialect} provides: PostgreSQL uses
 * {@code search_path} and {@code pg_stat_activity}, H2 {@code SET SCHEMA} and {@code INFORMATION_SCHEMA.SESSIONS}.
 *
 * <p><b>Scratch schemas</b> ({@link dev.migrate.devdb.ScratchSchema}) are named
 * {@code migrate_scratch_<yyyyMMddHHmmss>_<8 hex>} and carry a comment naming the backend (pid and start time) of
 * the {@link dev.migrate.devdb.DevDatabase} session that created them. Closing drops them; a session killed before it
 * could is recognised by the next session because its backend (session) no longer exists, and its
 * schemas are dropped then. A session touches nothing but {@code migrate_scratch_*} and {@code migrate_cache_*}
 * schemas.
 *
 * <p><b>Throwaway schemas</b> ({@link dev.migrate.devdb.DevDatabase#inThrowawaySchema}) hold what is only inspected
 * once, such as the entities' side of a diff. Where DDL is transactional (PostgreSQL, see
 * {@link dev.migrate.devdb.DevSchemas#transactionalDdl()}) such a schema is created, used and inspected inside one
 * transaction that is always rolled back, so it is never committed and never seen by another session; elsewhere
 * (H2) it is a scratch schema.
 *
 * <p><b>Replay</b> ({@code DirectoryReplayer}, reading files with
 * {@link dev.migrate.script.MigrationScripts}) runs the up files in version order, statement by statement, with
 * the current schema set to the scratch schema alone. Statements are split on {@code ;} outside quotes, comments and
 * dollar-quoted bodies; Liquibase formatted SQL runs each changeset's SQL (rollbacks left out, {@code splitStatements},
 * {@code endDelimiter} and {@code dbms} honoured). A failing statement raises
 * {@link dev.migrate.devdb.ReplayFailedException} with its file, line and changeset.
 *
 * <p><b>Cache</b>: a replay lands in a scratch schema that, once complete, is renamed in one transaction to
 * {@code migrate_cache_<12 hex of SHA-256(revision, format, atlas.sum total)>} and commented with the full key. A
 * later session whose directory has the same sum total and format finds that schema with the same comment and
 * replays nothing. A directory's new cache replaces its previous one (same directory in the comment). Since the sum
 * total covers every file's name and bytes, any change to the directory is a new key.
 *
 * <p><b>In-sync memo</b> ({@link dev.migrate.devdb.InSyncMemo}): when a diff finds nothing to change, an empty schema
 * {@code migrate_cache_sync_<12 hex>} records it, its comment holding SHA-256 over the database's product and version,
 * the directory's format and sum total, and the desired side's fingerprint. A later diff with the same key skips the
 * scratch schema, the replay, both inspections and the diff. A changed file or entity is a new key; a comment that
 * does not match exactly is a miss.
 */
package dev.migrate.devdb;
