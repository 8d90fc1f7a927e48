package dev.migrate.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.migrate.diff.TableChange.AddUnique;
import dev.migrate.diff.TableChange.DropUnique;
import dev.migrate.postgres.Postgres;
import dev.migrate.schema.Column;
import dev.migrate.schema.ColumnType;
import dev.migrate.schema.Index;
import dev.migrate.schema.PrimaryKey;
import dev.migrate.schema.Schema;
import dev.migrate.schema.Table;
import dev.migrate.schema.UniqueConstraint;

/** Pairing by definition on the model, where names alone differ and where they collide. */
class ConstraintMatchingTests {

    private static final SchemaDiffer BY_DEFINITION = Postgres.dialect().differ().matching(ConstraintMatching.BY_DEFINITION);

    @Test
    void onlyTheNameDiffersNoChangeByDefinitionAndDropAndAddByName() {
        Schema current = schema(List.of(new UniqueConstraint("uq_tags_name", List.of("name"))),
                List.of(Index.on("idx_tags_code", "code")), new PrimaryKey("pk_tags", List.of("id")));
        Schema desired = schema(List.of(new UniqueConstraint("UKhash", List.of("name"))),
                List.of(Index.on("IDXcode", "code")), new PrimaryKey(null, List.of("id")));

        assertThat(BY_DEFINITION.diff(current, desired)).isEmpty();
        assertThat(Postgres.dialect().differ().diff(current, desired)).hasSize(6);
    }

    @Test
    void aDesiredNamesakeWithAnotherDefinitionKeepsTheName() {
        // "uq_a" is (name) now; the entities call (code) "uq_a" and (name) something else.
        Schema current = schema(List.of(new UniqueConstraint("uq_a", List.of("name"))), List.of(), null);
        Schema desired = schema(List.of(new UniqueConstraint("uq_a", List.of("code")),
                new UniqueConstraint("UKname", List.of("name"))), List.of(), null);

        assertThat(BY_DEFINITION.diff(current, desired)).satisfiesExactlyInAnyOrder(
                change -> assertThat(change).isEqualTo(new DropUnique("tags", current.tables().get(0).uniques().get(0))),
                change -> assertThat(change).isInstanceOf(AddUnique.class),
                change -> assertThat(change).isInstanceOf(AddUnique.class));
    }

    private static Schema schema(List<UniqueConstraint> uniques, List<Index> indexes, PrimaryKey primaryKey) {
        Table tags = Table.of("tags", List.of(Column.of("id", ColumnType.of("bigint"), false),
                Column.of("name", ColumnType.of("text"), false), Column.of("code", ColumnType.of("text"), true)))
            .withPrimaryKey(primaryKey)
            .withUniques(uniques)
            .withIndexes(indexes);
        return Schema.of("public", List.of(tags));
    }

}
