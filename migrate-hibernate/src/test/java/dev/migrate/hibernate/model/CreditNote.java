package dev.migrate.hibernate.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;

@Entity
public class CreditNote extends Document {

    @ManyToOne(optional = false)
    Invoice invoice;

    @Column(length = 500)
    String reason;

}
