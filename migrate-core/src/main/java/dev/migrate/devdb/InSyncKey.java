package dev.migrate.devdb;

import dev.migrate.dir.MigrationFormat;

/**
 * What an "in sync" outcome of a diff depends on, apart from the dev database itself (whose product and version the
 * memo adds): the directory's {@code atlas.sum} total (every file's name and bytes) and the format it is read in, and
 * a fingerprint of the desired side (the create script and the diff options). Any change to one of them is a new key.
 *
 * @param format the format the directory is read in
 * @param sumTotal the directory's sum total (base64, without {@code h1:})
 * @param desiredFingerprint a hash of everything on the desired side that decides the diff
 * @param location where the directory is; not part of the identity, it lets a directory's newer memo replace its
 * older one
 */
public record InSyncKey(MigrationFormat format, String sumTotal, String desiredFingerprint, String location) {
}
