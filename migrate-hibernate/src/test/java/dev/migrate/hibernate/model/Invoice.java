package dev.migrate.hibernate.model;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;

@Entity
public class Invoice extends Document {

    @ManyToOne(optional = false)
    PurchaseOrder order;

    @Embedded
    Money amount;

}
