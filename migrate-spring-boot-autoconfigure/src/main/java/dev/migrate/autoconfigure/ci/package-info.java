/**
 * The CI commands from the application, for builds without the Maven plugin (Gradle): {@code --migrate.lint} and
 * {@code --migrate.rebase} start the application only as far as its configuration and dev database, do their work on
 * {@code migrate.dev.source-dir}, and exit with the command's result, applying nothing.
 */
package dev.migrate.autoconfigure.ci;
