/**
 * Non-linear migrations: a branch's new files compared with a git base ({@link dev.migrate.rebase.BranchMigrations}),
 * the check that none is older than what the base already has ({@link dev.migrate.rebase.NonLinearCheck}), and
 * {@link dev.migrate.rebase.Rebaser}, which gives them fresh versions after the base's newest and re-hashes the
 * directory, resolving an {@code atlas.sum} that a merge left with conflict markers.
 */
package dev.migrate.rebase;
