package dev.migrate.hibernate.model;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class Money {

    @Column(precision = 19, scale = 4)
    BigDecimal amount;

    @Column(length = 3)
    String currency;

}
