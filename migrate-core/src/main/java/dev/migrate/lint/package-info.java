/**
 * Linting migration files by what they do, not by how they are spelled: each file is applied, statement by statement,
 * on a scratch schema of the dev database that holds everything before it, the schema is inspected around each
 * statement, and the typed changes between are classified by the planner's own risk codes
 * ({@link dev.migrate.plan.RiskCode}), plus the checks that only lint makes ({@link dev.migrate.lint.LintCheck}).
 * {@code -- atlas:nolint} directives silence findings as Atlas reads them.
 */
package dev.migrate.lint;
