package dev.migrate.hibernate.model;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An assigned string key, precise decimals, temporal types. */
@Entity
public class Coupon {

    @Id
    @Column(length = 20)
    String code;

    @Column(precision = 5, scale = 2, nullable = false)
    BigDecimal discountPercent;

    boolean active;

    OffsetDateTime validUntil;

    Duration gracePeriod;

    @Column(columnDefinition = "integer default 0 not null")
    int timesUsed;

}
