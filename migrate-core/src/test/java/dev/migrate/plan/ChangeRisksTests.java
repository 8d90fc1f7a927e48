package dev.migrate.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.migrate.diff.SchemaChange;
import dev.migrate.diff.SequenceChange.DropSequence;
import dev.migrate.diff.TableChange.AddCheck;
import dev.migrate.diff.TableChange.AddColumn;
import dev.migrate.diff.TableChange.AddForeignKey;
import dev.migrate.diff.TableChange.AddUnique;
import dev.migrate.diff.TableChange.AlterColumn;
import dev.migrate.diff.TableChange.CreateIndex;
import dev.migrate.diff.TableChange.DropColumn;
import dev.migrate.diff.TableChange.DropForeignKey;
import dev.migrate.diff.TableChange.DropIndex;
import dev.migrate.diff.TableChange.DropTable;
import dev.migrate.schema.CheckConstraint;
import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnType;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.IndexPart;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;

class ChangeRisksTests {

    private static final ColumnType TEXT = ColumnType.of("text");
    private static final ColumnType VARCHAR_255 = ColumnType.withLength("character varying", 255);

    /** Text holds any varchar; nothing else widens, which is enough to tell the rules apart. */
    private final ChangeRisks risks = new ChangeRisks((from, to) -> from.equals(to) || to.equals(TEXT));

    @Test
    void codesEachKindOfChangeWithAtlasWording() {
        assertThat(codes(new DropTable(Table.of("notes", List.of())))).containsExactly(RiskCode.DS102);
        assertThat(single(new DropColumn("notes", Column.of("body", TEXT, true))))
                .isEqualTo("DS103 Dropping non-virtual column \"body\" from table \"notes\"");
        assertThat(codes(new DropColumn("notes", Column.of("len", TEXT, true).withGenerated("length(body)"))))
                .isEmpty();
        assertThat(single(new AddColumn("notes", Column.of("rank", ColumnType.of("integer"), false))))
                .isEqualTo("MF103 Adding a non-nullable \"integer\" column \"rank\" will fail in case table \"notes\" "
                        + "is not empty");
        assertThat(codes(new AddColumn("notes", Column.of("rank", ColumnType.of("integer"), false).withDefault("0"))))
                .isEmpty();
        assertThat(codes(new AlterColumn("notes", Column.of("body", TEXT, true), Column.of("body", VARCHAR_255, false))))
                .containsExactly(RiskCode.MG101, RiskCode.MF104);
        assertThat(codes(new AlterColumn("notes", Column.of("body", VARCHAR_255, true), Column.of("body", TEXT, true))))
                .isEmpty();
        assertThat(codes(new DropSequence(dev.migrate.schema.Sequence.of("notes_seq")))).containsExactly(RiskCode.MG105);
        assertThat(codes(new AddCheck("notes", new CheckConstraint("notes_rank_check", "rank > 0"))))
                .containsExactly(RiskCode.MG102);
    }

    @Test
    void aUniqueOrForeignKeyOnColumnsAddedAlongsideIsNoRisk() {
        AddColumn addLogin = new AddColumn("users", Column.of("login", VARCHAR_255, true));
        AddUnique unique = new AddUnique("users", new UniqueConstraint("users_login_key", List.of("login")));
        assertThat(risks.of(unique, List.of(addLogin, unique))).isEmpty();
        assertThat(risks.of(unique, List.of(unique))).extracting(Risk::code).containsExactly(RiskCode.MF101);

        CreateIndex index = new CreateIndex("users", new Index("ux_users_login", true, List.of(IndexPart.column("login")), null, null, null));
        assertThat(risks.of(index, List.of(index))).singleElement().hasToString("MF101 Adding a unique index "
                + "\"ux_users_login\" on table \"users\" might fail in case column(s) \"login\" contain duplicate entries");
        DropIndex plain = new DropIndex("users", Index.on("ix_users_login", "login"));
        assertThat(risks.of(index, List.of(plain, index))).extracting(Risk::code).containsExactly(RiskCode.MF102);

        AddColumn addOwner = new AddColumn("notes", Column.of("owner_id", ColumnType.of("bigint"), true));
        AddForeignKey key = new AddForeignKey("notes", ForeignKey.of("fk_owner", List.of("owner_id"), "users",
                List.of("id")));
        assertThat(risks.of(key, List.of(addOwner, key))).isEmpty();
        assertThat(risks.of(key, List.of(key))).extracting(Risk::code).containsExactly(RiskCode.MG104);
    }

    @Test
    void keysOfNewTablesAndKeysReCreatedAsTheyWereAreNoRisk() {
        ForeignKey key = ForeignKey.of("fk_owner", List.of("owner_id"), "users", List.of("id"));
        AddForeignKey deferred = new AddForeignKey("notes", key);
        dev.migrate.diff.TableChange.CreateTable notes = new dev.migrate.diff.TableChange.CreateTable(Table.of("notes",
                List.of(Column.of("owner_id", ColumnType.of("bigint"), true))));
        assertThat(risks.of(deferred, List.of(notes, deferred))).as("a cyclic foreign key of a new table").isEmpty();
        DropForeignKey drop = new DropForeignKey("notes", key.withName("fk_old"));
        assertThat(risks.of(deferred, List.of(drop, deferred))).as("re-created as it was").isEmpty();
        AddUnique unique = new AddUnique("users", new UniqueConstraint("uk_login", List.of("login")));
        assertThat(risks.of(unique, List.of(new dev.migrate.diff.TableChange.DropUnique("users",
                new UniqueConstraint("uq_login", List.of("login"))), unique))).isEmpty();
    }

    @Test
    void aForeignKeyDroppedWithItsColumnIsNoSeparateConstraintDeletion() {
        ForeignKey key = ForeignKey.of("fk_owner", List.of("owner_id"), "users", List.of("id"));
        DropForeignKey dropKey = new DropForeignKey("notes", key);
        DropColumn dropColumn = new DropColumn("notes", Column.of("owner_id", ColumnType.of("bigint"), true));
        assertThat(risks.of(dropKey, List.of(dropKey, dropColumn))).isEmpty();
        assertThat(risks.of(dropKey, List.of(dropKey))).singleElement()
                .hasToString("CD101 Dropping foreign-key constraint \"fk_owner\" from table \"notes\"");
    }

    @Test
    void everyCodeKnowsItsCategoryAndTitle() {
        assertThat(RiskCode.DS101.category()).isEqualTo(RiskCategory.DESTRUCTIVE);
        assertThat(RiskCode.MF103.title()).isEqualTo("NOT NULL column added without default to an existing table");
        assertThat(RiskCode.BC102.category().reportText()).isEqualTo("backward incompatible changes detected");
        assertThat(RiskCode.CD101.category().needsReview()).isFalse();
        assertThat(RiskCode.named("mg101")).contains(RiskCode.MG101);
        assertThat(new Risk(RiskCode.DS102, "Dropping table \"notes\"").comment())
                .isEqualTo("DS102 (destructive): Dropping table \"notes\"");
    }

    private List<RiskCode> codes(SchemaChange change) {
        return risks.of(change).stream().map(Risk::code).toList();
    }

    private String single(SchemaChange change) {
        List<Risk> found = risks.of(change);
        assertThat(found).hasSize(1);
        return found.get(0).toString();
    }

}
