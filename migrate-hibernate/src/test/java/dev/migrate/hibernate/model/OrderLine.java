package dev.migrate.hibernate.model;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;

/** Composite key (@EmbeddedId) part of which is the owning order's key (@MapsId). */
@Entity
public class OrderLine {

    @EmbeddedId
    OrderLineId id;

    @MapsId("orderId")
    @ManyToOne
    PurchaseOrder order;

    @ManyToOne(optional = false)
    Product product;

    @Column(nullable = false)
    int quantity;

    @Column(precision = 19, scale = 4, nullable = false)
    BigDecimal unitPrice;

}
