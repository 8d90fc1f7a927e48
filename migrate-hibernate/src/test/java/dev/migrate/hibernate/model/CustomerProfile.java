package dev.migrate.hibernate.model;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;

/** One-to-one sharing the customer's primary key. */
@Entity
public class CustomerProfile {

    @Id
    UUID id;

    @MapsId
    @OneToOne
    Customer customer;

    @Lob
    String biography;

    @Lob
    byte[] avatar;

}
