package dev.migrate.diff;

import java.util.Objects;
import java.util.Optional;

import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;

/** Changes of tables and of what belongs to one table. */
public sealed interface TableChange extends SchemaChange {

    String tableName();

    /** Creates a table with its columns, keys, constraints, indexes and comments. */
    record CreateTable(Table table) implements TableChange {
        public String tableName() {
            return table.name();
        }

        public Optional<SchemaChange> inverse() {
            return Optional.of(new DropTable(table));
        }
    }

    record DropTable(Table table) implements TableChange {
        public String tableName() {
            return table.name();
        }

        public Optional<SchemaChange> inverse() {
            return Optional.of(new CreateTable(table));
        }
    }

    record SetTableComment(String tableName, String from, String to) implements TableChange {
        public Optional<SchemaChange> inverse() {
            return Optional.of(new SetTableComment(tableName, to, from));
        }
    }

    record AddColumn(String tableName, Column column) implements TableChange {
        public Optional<SchemaChange> inverse() {
            return Optional.of(new DropColumn(tableName, column));
        }
    }

    record DropColumn(String tableName, Column column) implements TableChange {
        public Optional<SchemaChange> inverse() {
            return Optional.of(new AddColumn(tableName, column));
        }
    }

    /**
     * Changes anything of a column but its name: type, nullability, default, identity, generation, collation,
     * comment.
     */
    record AlterColumn(String tableName, Column from, Column to) implements TableChange {
        public AlterColumn {
            if (!Objects.equals(from.name(), to.name())) {
                throw new IllegalArgumentException("AlterColumn cannot rename " + from.name() + " to " + to.name());
            }
        }

        public Optional<SchemaChange> inverse() {
            return Optional.of(new AlterColumn(tableName, to, from));
        }
    }

    record AddPrimaryKey(String tableName, PrimaryKey key) implements TableChange {
        public Optional<SchemaChange> inverse() {
            return Optional.of(new DropPrimaryKey(tableName, key));
        }
    }

    record DropPrimaryKey(String tableName, PrimaryKey key) implements TableChange {
        public Optional<SchemaChange> inverse() {
            return Optional.of(new AddPrimaryKey(tableName, key));
        }
    }

    record AddForeignKey(String tableName, ForeignKey key) implements TableChange {
        public Optional<SchemaChange> inverse() {
            return Optional.of(new DropForeignKey(tableName, key));
        }
    }

    record DropForeignKey(String tableName, ForeignKey key) implements TableChange {
        public Optional<SchemaChange> inverse() {
            return Optional.of(new AddForeignKey(tableName, key));
        }
    }

    record AddUnique(String tableName, UniqueConstraint constraint) implements TableChange {
        public Optional<SchemaChange> inverse() {
            return Optional.of(new DropUnique(tableName, constraint));
        }
    }

    record DropUnique(String tableName, UniqueConstraint constraint) implements TableChange {
        public Optional<SchemaChange> inverse() {
            return Optional.of(new AddUnique(tableName, constraint));
        }
    }

    record AddCheck(String tableName, CheckConstraint check) implements TableChange {
        public Optional<SchemaChange> inverse() {
            return Optional.of(new DropCheck(tableName, check));
        }
    }

    record DropCheck(String tableName, CheckConstraint check) implements TableChange {
        public Optional<SchemaChange> inverse() {
            return Optional.of(new AddCheck(tableName, check));
        }
    }

    record CreateIndex(String tableName, Index index) implements TableChange {
        public Optional<SchemaChange> inverse() {
            return Optional.of(new DropIndex(tableName, index));
        }
    }

    record DropIndex(String tableName, Index index) implements TableChange {
        public Optional<SchemaChange> inverse() {
            return Optional.of(new CreateIndex(tableName, index));
        }
    }

}
