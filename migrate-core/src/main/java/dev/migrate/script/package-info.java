/**
 * Reading a migration file into the statements its executor sends, without a database: the lexer of the replay and
 * of lint. The entry point is {@link dev.migrate.script.MigrationScripts}, which gives a file's
 * {@link dev.migrate.script.MigrationStatement}s (with file, line and Liquibase changeset) by the directory's format;
 * the rest is internal. {@link dev.migrate.script.SqlSplitter} splits a script into
 * {@link dev.migrate.script.SqlStatement}s (with their lines) on a {@link dev.migrate.script.StatementDelimiter} that stands outside quotes, comments and dollar-quoted
 * bodies; {@link dev.migrate.script.LiquibaseFormattedSql} reads a Liquibase formatted SQL file into
 * {@link dev.migrate.script.LiquibaseChangeset}s; {@link dev.migrate.script.FlywayPlaceholders} replaces Flyway's
 * built-in placeholders.
 */
package dev.migrate.script;
