package dev.migrate.diff;

import java.util.Optional;

import dev.migrate.schema.EnumType;

/** Changes of enum types. */
public sealed interface EnumChange extends SchemaChange {

    String enumName();

    record CreateEnum(EnumType type) implements EnumChange {
        public String enumName() {
            return type.name();
        }

        public Optional<SchemaChange> inverse() {
            return Optional.of(new DropEnum(type));
        }
    }

    record DropEnum(EnumType type) implements EnumChange {
        public String enumName() {
            return type.name();
        }

        public Optional<SchemaChange> inverse() {
            return Optional.of(new CreateEnum(type));
        }
    }

    /** Adds the values of {@code to} that {@code from} lacks, keeping the order of {@code to}. */
    record AddEnumValues(EnumType from, EnumType to) implements EnumChange {
        public String enumName() {
            return to.name();
        }

        public Optional<SchemaChange> inverse() {
            return Optional.empty();
        }

        @Override
        public String irreversibleReason() {
            return "values cannot be removed from enum type \"" + to.name() + "\"";
        }
    }

}
