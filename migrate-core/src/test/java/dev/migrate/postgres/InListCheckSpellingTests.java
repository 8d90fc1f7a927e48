package dev.migrate.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Hibernate writes {@code @Enumerated(STRING)} checks as IN lists; PostgreSQL prints them back two ways. */
class InListCheckSpellingTests {

    @Test
    void anInListOnAVarcharColumnEqualsItsAnyArraySpelling() {
        String fromInList = "CHECK (((action)::text = ANY ((ARRAY['CREATE'::character varying, "
                + "'UPDATE'::character varying])::text[])))";
        String fromAnyArray = "CHECK (((action)::text = ANY (ARRAY['CREATE'::text, 'UPDATE'::text])))";

        assertThat(PostgresExpressions.expression(strip(fromInList)))
            .isEqualTo(PostgresExpressions.expression(strip(fromAnyArray)))
            .isEqualTo("action = ANY (ARRAY['CREATE', 'UPDATE'])");
    }

    @Test
    void aLiteralContainingABracketStaysWhole() {
        assertThat(PostgresExpressions.expression("(code)::text = ANY ((ARRAY['a]'::character varying])::text[])"))
            .isEqualTo("code = ANY (ARRAY['a]'])");
    }

    @Test
    void aCastArrayWithoutParenthesesKeepsTheParenthesesAroundIt() {
        assertThat(PostgresExpressions.expression("action = ANY (ARRAY['CREATE', 'UPDATE']::text[])"))
            .isEqualTo("action = ANY (ARRAY['CREATE', 'UPDATE'])");
    }

    private static String strip(String check) {
        return check.substring("CHECK ".length());
    }

}
