/**
 * The migration directory as a git commit holds it: what a base such as {@code origin/main} has, so that CI can tell
 * which files a branch added. Read with JGit, so neither a {@code git} executable nor its output format is needed.
 */
package dev.migrate.git;
