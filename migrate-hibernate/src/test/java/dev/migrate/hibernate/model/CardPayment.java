package dev.migrate.hibernate.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

@Entity
public class CardPayment extends Payment {

    @Column(nullable = false, length = 4)
    String lastDigits;

    @Column(length = 20)
    String network;

}
