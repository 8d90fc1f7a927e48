package dev.migrate.hibernate.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class Address {

    @Column(length = 120)
    String street;

    @Column(length = 80)
    String city;

    @Column(length = 10)
    String postalCode;

    @Column(length = 2)
    String countryCode;

}
