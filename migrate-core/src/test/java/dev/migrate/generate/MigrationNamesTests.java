package dev.migrate.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.migrate.diff.TableChange.AddColumn;
import dev.migrate.diff.TableChange.AddForeignKey;
import dev.migrate.diff.TableChange.AlterColumn;
import dev.migrate.diff.TableChange.CreateIndex;
import dev.migrate.diff.TableChange.CreateTable;
import dev.migrate.diff.TableChange.DropColumn;
import dev.migrate.diff.TableChange.DropTable;
import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnType;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.Table;

class MigrationNamesTests {

    private static final Column EMAIL = Column.of("email", ColumnType.withLength("character varying", 254), true);

    private static final Table ORDERS = Table.of("orders", List.of(Column.of("id", ColumnType.of("bigint"), false)));

    private static final Table USERS = Table.of("users", List.of(Column.of("id", ColumnType.of("bigint"), false)));

    @Test
    void aNewTableWithItsIndexIsNamedAfterTheTable() {
        assertThat(MigrationNames.derive(List.of(new CreateTable(ORDERS),
                new CreateIndex("orders", Index.on("orders_id", "id"))))).isEqualTo("create_orders");
    }

    @Test
    void severalNewTablesAreCounted() {
        assertThat(MigrationNames.derive(List.of(new CreateTable(ORDERS), new CreateTable(USERS))))
            .isEqualTo("create_orders_and_users");
        assertThat(MigrationNames.derive(List.of(new CreateTable(ORDERS), new CreateTable(USERS),
                new CreateTable(Table.of("tags", List.of()))))).isEqualTo("create_orders_and_2_more");
    }

    @Test
    void columnChangesNameColumnAndTable() {
        assertThat(MigrationNames.derive(List.of(new AddColumn("users", EMAIL)))).isEqualTo("add_email_to_users");
        assertThat(MigrationNames.derive(List.of(new DropColumn("users", EMAIL))))
            .isEqualTo("drop_email_from_users");
        assertThat(MigrationNames.derive(List.of(new AlterColumn("users", EMAIL, EMAIL.withNullable(false)))))
            .isEqualTo("alter_email_in_users");
    }

    @Test
    void aForeignKeyComingWithItsColumnNeedsNoWords() {
        Column userId = Column.of("user_id", ColumnType.of("bigint"), true);
        assertThat(MigrationNames.derive(List.of(new AddColumn("orders", userId), new AddForeignKey("orders",
                ForeignKey.of("orders_user_fk", List.of("user_id"), "users", List.of("id"))))))
            .isEqualTo("add_user_id_to_orders");
    }

    @Test
    void otherwiseTheTableOrTheSchemaIsUpdated() {
        assertThat(MigrationNames.derive(List.of(new AddColumn("users", EMAIL),
                new DropColumn("users", EMAIL.withType(ColumnType.of("text")))))).isEqualTo("update_users");
        assertThat(MigrationNames.derive(List.of(new DropTable(ORDERS), new AddColumn("users", EMAIL))))
            .isEqualTo("update_schema");
        assertThat(MigrationNames.derive(List.of(new CreateIndex("users", Index.on("users_email", "email")))))
            .isEqualTo("add_index_to_users");
    }

    @Test
    void namesAreCleanedAndShortened() {
        assertThat(MigrationNames.clean("Add \"Mixed Case\"--name")).isEqualTo("add_mixed_case_name");
        assertThat(MigrationNames.clean("create_" + "very_long_table_name_".repeat(5)))
            .hasSizeLessThanOrEqualTo(MigrationNames.MAX_LENGTH)
            .doesNotEndWith("_");
    }

}
