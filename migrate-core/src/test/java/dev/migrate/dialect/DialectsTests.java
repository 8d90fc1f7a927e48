package dev.migrate.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;

import org.junit.jupiter.api.Test;

class DialectsTests {

    @Test
    void detectsTheDialectFromTheProductName() throws Exception {
        assertThat(Dialects.forProduct("PostgreSQL").name()).isEqualTo("PostgreSQL");
        try (Connection h2 = DriverManager.getConnection("jdbc:h2:mem:")) {
            assertThat(Dialect.of(h2).name()).isEqualTo("H2");
        }
    }

    @Test
    void namesTheSupportedDatabasesWhenTheProductIsAnother() {
        assertThatThrownBy(() -> Dialects.forProduct("Oracle")).isInstanceOf(UnsupportedDatabaseException.class)
            .hasMessageContaining("The database is Oracle").hasMessageContaining("PostgreSQL")
            .hasMessageContaining("jdbc:h2:...");
    }

    @Test
    void everyDialectRegistersItselfWithWhatItHandles() {
        assertThat(Dialects.all()).extracting(Dialect::id).containsExactly("postgresql", "h2", "mysql", "mariadb");
        assertThat(Dialects.supportedNames()).isEqualTo("PostgreSQL, H2, MySQL and MariaDB");
        assertThat(Dialects.forUrl("jdbc:mariadb://127.0.0.1:3306/app")).map(Dialect::hibernateDialect)
            .contains("org.hibernate.dialect.MariaDBDialect");
        assertThat(Dialects.forUrl("jdbc:mysql://127.0.0.1:3306/app")).map(Dialect::name).contains("MySQL");
        assertThat(Dialects.forProduct("MariaDB").transactionalDdl()).isFalse();
        assertThat(Dialects.forUrl("jdbc:postgresql://localhost/app")).map(Dialect::id).contains("postgresql");
        assertThat(Dialects.forUrl("jdbc:h2:mem:")).map(Dialect::hibernateDialect)
            .contains("org.hibernate.dialect.H2Dialect");
        assertThat(Dialects.forUrl("jdbc:oracle:thin:@localhost")).isEmpty();
        assertThat(Dialects.forProduct("postgresql").transactionalDdl()).isTrue();
        assertThat(Dialects.forProduct("H2").transactionalDdl()).isFalse();
    }

}
