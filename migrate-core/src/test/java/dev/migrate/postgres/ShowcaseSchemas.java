package dev.migrate.postgres;

import java.util.List;

import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnType;
import dev.migrate.schema.EnumType;
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

/** Hand-written schemas that use every kind of object the model covers, with awkward names. */
final class ShowcaseSchemas {

    private ShowcaseSchemas() {
    }

    static Schema everything() {
        Table users = new Table("user", List.of(
                Column.of("id", ColumnType.of("bigint"), false)
                        .withIdentity(new Identity(true, SequenceOptions.DEFAULTS.withStart(100).withIncrement(5))),
                Column.of("email", ColumnType.of("text"), false).withCollation("C").withComment("login, unique"),
                Column.of("Display Name", ColumnType.withLength("varchar", 50), true).withDefault("'anonymous'"),
                Column.of("mood", ColumnType.of("Mood"), true).withDefault("'ok'"),
                Column.of("tags", ColumnType.of("text").asArray(), true).withDefault("'{}'"),
                Column.of("balance", ColumnType.withPrecision("numeric", 12, 2), false).withDefault("0"),
                Column.of("created_at", ColumnType.of("timestamptz"), false).withDefault("now()"),
                Column.of("email_upper", ColumnType.of("text"), true).withGenerated("upper(email)"),
                Column.of("ticket", ColumnType.of("integer"), false).withDefault("nextval('ticket_seq')"),
                Column.of("naïve \"quoted\"", ColumnType.of("bool"), true)),
                new PrimaryKey(null, List.of("id")), List.of(),
                List.of(new UniqueConstraint("user_email_key", List.of("email"))),
                List.of(new CheckConstraint("balance_positive", "balance >= 0")),
                List.of(new Index("user_name_idx", false, List.of(IndexPart.column("Display Name").desc()
                        .withNullsFirst(false), IndexPart.expression("lower(email)")), "btree",
                        "balance > 0", List.of("mood")),
                        new Index("user_tags_gin", false, List.of(IndexPart.column("tags")), "gin", null, null),
                        new Index("user_created_uq", true, List.of(IndexPart.column("created_at").withNullsFirst(true)),
                                null, null, null)),
                "people who log in");
        Table order = new Table("order", List.of(
                Column.of("id", ColumnType.of("int4"), false).withIdentity(Identity.byDefault()),
                Column.of("user_id", ColumnType.of("int8"), true),
                Column.of("Parent", ColumnType.of("integer"), true),
                Column.of("at", ColumnType.of("timestamp(3)"), true)),
                new PrimaryKey("order_pk", List.of("id")),
                List.of(new ForeignKey("order_user_fk", List.of("user_id"), "user", List.of("id"),
                        ReferentialAction.CASCADE, ReferentialAction.SET_NULL, true, true),
                        ForeignKey.of(null, List.of("Parent"), "order", List.of("id"))),
                List.of(), List.of(), List.of(), null);
        return new Schema("public", List.of(users, order), List.of(new EnumType("Mood", List.of("sad", "ok", "happy"))),
                List.of(new Sequence("ticket_seq", "integer", new SequenceOptions(10L, 2L, 10L, 100000L, 5L, true),
                        "user", "ticket"), Sequence.of("standalone")));
    }

}
