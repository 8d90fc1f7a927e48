package dev.migrate.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.migrate.schema.ColumnType;

class PostgresTypesTests {

    @Test
    void aliasesHaveOneCanonicalSpelling() {
        assertThat(PostgresTypes.parse("int4")).isEqualTo(PostgresTypes.parse("integer"));
        assertThat(PostgresTypes.parse("varchar(50)")).isEqualTo(ColumnType.withLength("character varying", 50));
        assertThat(PostgresTypes.parse("timestamp")).isEqualTo(ColumnType.of("timestamp without time zone"));
        assertThat(PostgresTypes.parse("timestamp(6) with time zone"))
                .isEqualTo(PostgresTypes.parse("timestamptz"));
        assertThat(PostgresTypes.parse("TIMESTAMP(3) WITH TIME ZONE").precision()).isEqualTo(3);
        assertThat(PostgresTypes.parse("decimal(10)")).isEqualTo(ColumnType.withPrecision("numeric", 10, 0));
        assertThat(PostgresTypes.parse("char")).isEqualTo(ColumnType.withLength("character", 1));
        assertThat(PostgresTypes.parse("int8[]")).isEqualTo(ColumnType.of("bigint").asArray());
        assertThat(PostgresTypes.canonical(ColumnType.of("varchar(20)"))).isEqualTo(PostgresTypes.parse("varchar(20)"));
    }

    @Test
    void rendersTypesAsPostgresqlReadsThem() {
        assertThat(PostgresTypes.render(PostgresTypes.parse("varchar(50)"))).isEqualTo("character varying(50)");
        assertThat(PostgresTypes.render(PostgresTypes.parse("timestamptz(3)"))).isEqualTo("timestamp(3) with time zone");
        assertThat(PostgresTypes.render(PostgresTypes.parse("numeric(12,2)[]"))).isEqualTo("numeric(12,2)[]");
        assertThat(PostgresTypes.render(ColumnType.of("Mood"))).isEqualTo("\"Mood\"");
        assertThat(PostgresTypes.render(ColumnType.of("uuid"))).isEqualTo("uuid");
    }

    @Test
    void knowsWhichTypeChangesKeepEveryValue() {
        assertThat(PostgresTypes.isWidening(PostgresTypes.parse("varchar(50)"), PostgresTypes.parse("varchar(100)")))
                .isTrue();
        assertThat(PostgresTypes.isWidening(PostgresTypes.parse("varchar(100)"), PostgresTypes.parse("varchar(50)")))
                .isFalse();
        assertThat(PostgresTypes.isWidening(PostgresTypes.parse("int"), PostgresTypes.parse("bigint"))).isTrue();
        assertThat(PostgresTypes.isWidening(PostgresTypes.parse("bigint"), PostgresTypes.parse("int"))).isFalse();
        assertThat(PostgresTypes.isWidening(PostgresTypes.parse("varchar(10)"), PostgresTypes.parse("text"))).isTrue();
        assertThat(PostgresTypes.isWidening(PostgresTypes.parse("numeric(10,2)"), PostgresTypes.parse("numeric(12,2)")))
                .isTrue();
        assertThat(PostgresTypes.isWidening(PostgresTypes.parse("numeric(10,2)"), PostgresTypes.parse("numeric(10,3)")))
                .isFalse();
        assertThat(PostgresTypes.isWidening(PostgresTypes.parse("text"), PostgresTypes.parse("integer"))).isFalse();
    }

    @Test
    void expressionsAreComparedAsPostgresqlPrintsThem() {
        assertThat(PostgresExpressions.expression("((a > 0))")).isEqualTo("a > 0");
        assertThat(PostgresExpressions.expression("(a) + (b)")).isEqualTo("(a) + (b)");
        assertThat(PostgresExpressions.expression("now()")).isEqualTo("CURRENT_TIMESTAMP");
        assertThat(PostgresExpressions.expression("(name)::text = 'a'::text")).isEqualTo("name = 'a'");
        assertThat(PostgresExpressions.columnDefault("'x'::character varying", PostgresTypes.parse("varchar(5)")))
                .isEqualTo("'x'");
        assertThat(PostgresExpressions.columnDefault("'-1'::integer", PostgresTypes.parse("int"))).isEqualTo("-1");
        assertThat(PostgresExpressions.columnDefault("'a'::mood", ColumnType.of("mood"))).isEqualTo("'a'");
        assertThat(PostgresExpressions.columnDefault("'2020-01-01'::date", ColumnType.of("text")))
                .isEqualTo("'2020-01-01'::date");
        assertThat(PostgresExpressions.columnDefault("nextval('s')", ColumnType.of("bigint")))
                .isEqualTo("nextval('s'::regclass)");
    }

    @Test
    void defaultNamesFollowPostgresql() {
        assertThat(PostgresNames.primaryKey("users")).isEqualTo("users_pkey");
        assertThat(PostgresNames.unique("users", java.util.List.of("a", "b"))).isEqualTo("users_a_b_key");
        String longName = "x".repeat(70);
        assertThat(PostgresNames.foreignKey(longName, java.util.List.of("parent_id")))
                .hasSize(63).endsWith("_parent_id_fkey");
    }

}
