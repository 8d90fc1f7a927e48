package dev.migrate.hibernate.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;

/** A table name of its own, UUID id, ordinal enum, a composite unique constraint, a bidirectional one-to-many. */
@Entity
@Table(name = "orders", uniqueConstraints = @UniqueConstraint(name = "uk_orders_customer_number",
        columnNames = { "customer_id", "order_number" }),
        indexes = @Index(name = "idx_orders_placed_at", columnList = "placed_at DESC"))
public class PurchaseOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    UUID id;

    @Version
    short version;

    @Column(nullable = false)
    int orderNumber;

    @ManyToOne(optional = false)
    @JoinColumn(name = "customer_id", nullable = false)
    Customer customer;

    @Enumerated(EnumType.ORDINAL)
    OrderStatus status;

    @Column(nullable = false)
    Instant placedAt;

    @Embedded
    Money total;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id.lineNumber")
    List<OrderLine> lines = new ArrayList<>();

}
