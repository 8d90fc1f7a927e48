package dev.migrate.h2;

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

/** A schema using every kind of object and column the H2 dialect models; expressions as H2 prints them. */
final class H2Schemas {

    private H2Schemas() {
    }

    static Schema everything() {
        Table users = new Table("users", List.of(
                Column.of("id", ColumnType.of("BIGINT"), false)
                    .withIdentity(new Identity(true, new SequenceOptions(100L, 5L, 1L, 1_000_000L, 10L, false))),
                Column.of("email", ColumnType.withLength("CHARACTER VARYING", 254), false),
                Column.of("country", ColumnType.withLength("CHARACTER", 2), true).withDefault("'NL'"),
                Column.of("status", ColumnType.of("ENUM('ACTIVE', 'CLOSED')"), false),
                Column.of("balance", ColumnType.withPrecision("NUMERIC", 19, 4), true),
                Column.of("score", ColumnType.of("DOUBLE PRECISION"), true),
                Column.of("ratio", ColumnType.of("REAL"), true),
                Column.of("tiny", ColumnType.of("TINYINT"), true),
                Column.of("small", ColumnType.of("SMALLINT"), true).withDefault("0"),
                Column.of("active", ColumnType.of("BOOLEAN"), false).withDefault("TRUE"),
                Column.of("born_on", ColumnType.of("DATE"), true),
                Column.of("wakes_at", ColumnType.withPrecision("TIME", 3, null), true),
                Column.of("created_at", ColumnType.withPrecision("TIMESTAMP WITH TIME ZONE", 6, null), false)
                    .withDefault("CURRENT_TIMESTAMP"),
                Column.of("seen_at", ColumnType.of("TIMESTAMP"), true),
                Column.of("token", ColumnType.of("UUID"), true),
                Column.of("bio", ColumnType.of("CHARACTER LARGE OBJECT"), true).withComment("free text"),
                Column.of("avatar", ColumnType.of("BINARY LARGE OBJECT"), true),
                Column.of("hash", ColumnType.withLength("BINARY VARYING", 32), true),
                Column.of("tags", ColumnType.withLength("CHARACTER VARYING", 20).asArray(), true),
                Column.of("double_id", ColumnType.of("BIGINT"), true).withGenerated("\"ID\" * 2")),
                new PrimaryKey(null, List.of("id")), List.of(),
                List.of(new UniqueConstraint("users_email_key", List.of("email"))),
                List.of(new CheckConstraint("users_small_check", "\"SMALL\" >= 0")),
                List.of(new Index("users_created_idx", false,
                        List.of(IndexPart.column("created_at").desc(), IndexPart.column("country").withNullsFirst(false)),
                        null, null, null), new Index("users_token_idx", true, List.of(IndexPart.column("token")),
                                null, null, null)),
                "people who log in");
        Table categories = new Table("categories", List.of(
                Column.of("id", ColumnType.of("INTEGER"), false).withIdentity(Identity.byDefault()),
                Column.of("parent_id", ColumnType.of("INTEGER"), true),
                Column.of("name", ColumnType.withLength("CHARACTER VARYING", 80), false)),
                new PrimaryKey(null, List.of("id")),
                List.of(new ForeignKey("categories_parent_fkey", List.of("parent_id"), "categories", List.of("id"),
                        ReferentialAction.SET_NULL, null, false, false)),
                null, null, null, null);
        Table orderLines = new Table("order_lines", List.of(
                Column.of("user_id", ColumnType.of("BIGINT"), false),
                Column.of("line", ColumnType.of("INTEGER"), false),
                Column.of("category_id", ColumnType.of("INTEGER"), true),
                Column.of("amount", ColumnType.withPrecision("NUMERIC", 10, 2), false)),
                new PrimaryKey(null, List.of("user_id", "line")),
                List.of(new ForeignKey("order_lines_user_fkey", List.of("user_id"), "users", List.of("id"),
                        ReferentialAction.CASCADE, ReferentialAction.RESTRICT, false, false),
                        ForeignKey.of("order_lines_category_fkey", List.of("category_id"), "categories",
                                List.of("id"))),
                List.of(new UniqueConstraint("order_lines_user_category_key", List.of("user_id", "category_id"))),
                null, null, null);
        Table quoted = Table.of("Mixed Case", List.of(Column.of("value", ColumnType.of("INTEGER"), true),
                Column.of("Name", ColumnType.withLength("CHARACTER VARYING", 10), true)));
        Sequence sequence = new Sequence("invoice_numbers", "bigint",
                new SequenceOptions(1000L, 50L, 1L, Long.MAX_VALUE, 32L, false), null, null);
        return new Schema("public", List.of(users, categories, orderLines, quoted), List.of(), List.of(sequence));
    }

}
