/**
 * Dialect-neutral planning: the {@link dev.migrate.plan.Plan} of ordered {@link dev.migrate.plan.PlannedChange
 * changes} with statements, reverse statements, risks and irreversibility, and the
 * {@link dev.migrate.plan.ChangeOrdering order} in which changes can run.
 */
package dev.migrate.plan;
