package dev.migrate.mysql;

import java.util.List;

import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnType;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Identity;
import dev.migrate.schema.Index;
import dev.migrate.schema.IndexPart;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.ReferentialAction;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Sequence;
import dev.migrate.schema.SequenceOptions;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;

/** A schema using every kind of object and column the MySQL dialect models; expressions as MariaDB prints them. */
final class MySqlSchemas {

    private MySqlSchemas() {
    }

    static Schema everything() {
        Table users = new Table("users", List.of(
                Column.of("id", ColumnType.of("bigint unsigned"), false).withIdentity(Identity.byDefault()),
                Column.of("email", ColumnType.withLength("varchar", 254), false),
                Column.of("country", ColumnType.withLength("char", 2), true).withDefault("'NL'"),
                Column.of("status", ColumnType.of("enum('ACTIVE','CLOSED')"), false),
                Column.of("balance", ColumnType.withPrecision("decimal", 19, 4), true),
                Column.of("score", ColumnType.of("double"), true),
                Column.of("ratio", ColumnType.of("float"), true),
                Column.of("tiny", ColumnType.of("tinyint"), true),
                Column.of("flag", ColumnType.withLength("tinyint", 1), false).withDefault("1"),
                Column.of("small", ColumnType.of("smallint"), true).withDefault("0"),
                Column.of("born_on", ColumnType.of("date"), true),
                Column.of("wakes_at", ColumnType.withPrecision("time", 3, null), true),
                Column.of("created_at", ColumnType.withPrecision("datetime", 6, null), false)
                    .withDefault("current_timestamp(6)"),
                Column.of("seen_at", ColumnType.of("timestamp"), true),
                Column.of("bio", ColumnType.of("text"), true).withComment("free text"),
                Column.of("avatar", ColumnType.of("longblob"), true),
                Column.of("hash", ColumnType.withLength("varbinary", 32), true),
                Column.of("code", ColumnType.withLength("varchar", 20), true).withCollation("utf8mb4_bin"),
                Column.of("double_id", ColumnType.of("bigint"), true).withGenerated("`small` * 2")),
                new PrimaryKey(null, List.of("id")), List.of(),
                List.of(new UniqueConstraint("users_email_key", List.of("email"))),
                List.of(new CheckConstraint("users_small_check", "`small` >= 0")),
                List.of(new Index("users_created_idx", false,
                        List.of(IndexPart.column("created_at").desc(), IndexPart.column("country")), null, null, null),
                        new Index("users_bio_idx", false, List.of(IndexPart.expression("`bio`(20)")), null, null,
                                null)),
                "people who log in");
        Table categories = new Table("categories", List.of(
                Column.of("id", ColumnType.of("int"), false).withIdentity(Identity.byDefault()),
                Column.of("parent_id", ColumnType.of("int"), true),
                Column.of("name", ColumnType.withLength("varchar", 80), false)),
                new PrimaryKey(null, List.of("id")),
                List.of(new ForeignKey("categories_parent_fkey", List.of("parent_id"), "categories", List.of("id"),
                        ReferentialAction.SET_NULL, null, false, false)),
                null, null, null, null);
        Table orderLines = new Table("order_lines", List.of(
                Column.of("user_id", ColumnType.of("bigint unsigned"), false),
                Column.of("line", ColumnType.of("int"), false),
                Column.of("category_id", ColumnType.of("int"), true),
                Column.of("amount", ColumnType.withPrecision("decimal", 10, 2), false)),
                new PrimaryKey(null, List.of("user_id", "line")),
                List.of(new ForeignKey("order_lines_user_fkey", List.of("user_id"), "users", List.of("id"),
                        ReferentialAction.CASCADE, ReferentialAction.CASCADE, false, false),
                        ForeignKey.of("order_lines_category_fkey", List.of("category_id"), "categories",
                                List.of("id"))),
                List.of(new UniqueConstraint("order_lines_user_category_key", List.of("user_id", "category_id"))),
                null, null, null);
        Table quoted = Table.of("Mixed Case", List.of(Column.of("value", ColumnType.of("int"), true),
                Column.of("Na`me", ColumnType.withLength("varchar", 10), true)));
        Sequence sequence = new Sequence("invoice_numbers", "bigint",
                new SequenceOptions(1000L, 50L, 1L, Long.MAX_VALUE - 1, 1000L, false), null, null);
        return new Schema("public", List.of(users, categories, orderLines, quoted), List.of(), List.of(sequence));
    }

}
