package dev.migrate.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;

import org.junit.jupiter.api.Test;

class DialectsTest {

    @Test
    void detectsTheDialectFromTheProductName() throws Exception {
        assertThat(Dialects.forProduct("PostgreSQL").name()).isEqualTo("PostgreSQL");
        try (Connection h2 = DriverManager.getConnection("jdbc:h2:mem:")) {
            assertThat(Dialect.of(h2).name()).isEqualTo("H2");
        }
    }

    @Test
    void namesTheSupportedDatabasesWhenTheProductIsAnother() {
        assertThatThrownBy(() -> Dialects.forProduct("MariaDB")).isInstanceOf(UnsupportedDatabaseException.class)
            .hasMessageContaining("The database is MariaDB").hasMessageContaining("PostgreSQL and H2");
    }

}
