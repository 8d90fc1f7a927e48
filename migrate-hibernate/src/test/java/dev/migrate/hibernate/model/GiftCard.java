package dev.migrate.hibernate.model;

import java.time.LocalDate;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

@Entity
public class GiftCard {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gift_card_ids")
    @SequenceGenerator(name = "gift_card_ids", allocationSize = 10)
    Long id;

    @Version
    Integer version;

    @Column(nullable = false, unique = true, length = 24)
    String code;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "balance", precision = 12, scale = 2))
    @AttributeOverride(name = "currency", column = @Column(name = "balance_currency", length = 3))
    Money balance;

    LocalDate expiresOn;

}
