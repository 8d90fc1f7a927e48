/**
 * The immutable schema model shared by inspectors, differ and planners: {@link dev.migrate.schema.Schema} holds
 * {@link dev.migrate.schema.Table tables}, {@link dev.migrate.schema.EnumType enum types} and
 * {@link dev.migrate.schema.Sequence sequences}. Objects the model does not cover are never touched by a plan.
 */
package dev.migrate.schema;
