package dev.migrate.rebase;

import java.util.List;
import java.util.Optional;

import dev.migrate.dir.FileRewrite;
import dev.migrate.dir.SumFile;

/**
 * What a rebase did.
 *
 * @param renamed the files given fresh versions (empty when they already came after the base)
 * @param resolvedConflict whether {@code atlas.sum} held merge conflict markers that the rewrite replaced
 * @param sum the new {@code atlas.sum}, or empty when nothing was written
 */
public record RebaseResult(List<FileRewrite> renamed, boolean resolvedConflict, Optional<SumFile> sum) {

    public boolean changedAnything() {
        return sum.isPresent();
    }

}
