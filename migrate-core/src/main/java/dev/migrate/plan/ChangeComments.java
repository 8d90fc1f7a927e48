package dev.migrate.plan;

import dev.migrate.diff.EnumChange.AddEnumValues;
import dev.migrate.diff.EnumChange.CreateEnum;
import dev.migrate.diff.EnumChange.DropEnum;
import dev.migrate.diff.SchemaChange;
import dev.migrate.diff.SequenceChange.AlterSequence;
import dev.migrate.diff.SequenceChange.CreateSequence;
import dev.migrate.diff.SequenceChange.DropSequence;
import dev.migrate.diff.TableChange.AddCheck;
import dev.migrate.diff.TableChange.AddColumn;
import dev.migrate.diff.TableChange.AddForeignKey;
import dev.migrate.diff.TableChange.AddPrimaryKey;
import dev.migrate.diff.TableChange.AddUnique;
import dev.migrate.diff.TableChange.AlterColumn;
import dev.migrate.diff.TableChange.CreateIndex;
import dev.migrate.diff.TableChange.CreateTable;
import dev.migrate.diff.TableChange.DropCheck;
import dev.migrate.diff.TableChange.DropColumn;
import dev.migrate.diff.TableChange.DropForeignKey;
import dev.migrate.diff.TableChange.DropIndex;
import dev.migrate.diff.TableChange.DropPrimaryKey;
import dev.migrate.diff.TableChange.DropTable;
import dev.migrate.diff.TableChange.DropUnique;
import dev.migrate.diff.TableChange.SetTableComment;

/**
 * The comment line of a change, in Atlas's style: {@code create "users" table},
 * {@code create index "users_email_idx" to table: "users"}. Names are always double-quoted here.
 */
final class ChangeComments {

    private ChangeComments() {
    }

    static String describe(SchemaChange change) {
        if (change instanceof CreateEnum c) {
            return "create enum type " + q(c.enumName());
        }
        if (change instanceof DropEnum c) {
            return "drop enum type " + q(c.enumName());
        }
        if (change instanceof AddEnumValues c) {
            return "add value to enum type: " + q(c.enumName());
        }
        if (change instanceof CreateSequence c) {
            return "create " + q(c.sequenceName()) + " sequence";
        }
        if (change instanceof DropSequence c) {
            return "drop " + q(c.sequenceName()) + " sequence";
        }
        if (change instanceof AlterSequence c) {
            return "modify " + q(c.sequenceName()) + " sequence";
        }
        if (change instanceof CreateTable c) {
            return "create " + q(c.tableName()) + " table";
        }
        if (change instanceof DropTable c) {
            return "drop " + q(c.tableName()) + " table";
        }
        if (change instanceof SetTableComment c) {
            return "set comment to table: " + q(c.tableName());
        }
        if (change instanceof AddColumn c) {
            return "add column " + q(c.column().name()) + " to table: " + q(c.tableName());
        }
        if (change instanceof DropColumn c) {
            return "drop column " + q(c.column().name()) + " from table: " + q(c.tableName());
        }
        if (change instanceof AlterColumn c) {
            return "modify column " + q(c.to().name()) + " of table: " + q(c.tableName());
        }
        if (change instanceof AddPrimaryKey c) {
            return "add primary key " + q(c.key().name()) + " to table: " + q(c.tableName());
        }
        if (change instanceof DropPrimaryKey c) {
            return "drop primary key " + q(c.key().name()) + " from table: " + q(c.tableName());
        }
        if (change instanceof AddUnique c) {
            return "add unique constraint " + q(c.constraint().name()) + " to table: " + q(c.tableName());
        }
        if (change instanceof DropUnique c) {
            return "drop unique constraint " + q(c.constraint().name()) + " from table: " + q(c.tableName());
        }
        if (change instanceof AddCheck c) {
            return "add check constraint " + q(c.check().name()) + " to table: " + q(c.tableName());
        }
        if (change instanceof DropCheck c) {
            return "drop check constraint " + q(c.check().name()) + " from table: " + q(c.tableName());
        }
        if (change instanceof AddForeignKey c) {
            return "add foreign key " + q(c.key().name()) + " to table: " + q(c.tableName());
        }
        if (change instanceof DropForeignKey c) {
            return "drop foreign key " + q(c.key().name()) + " from table: " + q(c.tableName());
        }
        if (change instanceof CreateIndex c) {
            return "create index " + q(c.index().name()) + " to table: " + q(c.tableName());
        }
        if (change instanceof DropIndex c) {
            return "drop index " + q(c.index().name()) + " from table: " + q(c.tableName());
        }
        throw new IllegalArgumentException("No comment for " + change);
    }

    private static String q(String name) {
        return '"' + (name == null ? "" : name.replace("\"", "\"\"")) + '"';
    }

}
