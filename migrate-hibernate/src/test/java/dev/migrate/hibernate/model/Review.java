package dev.migrate.hibernate.model;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(indexes = @Index(columnList = "product_id, rating"))
public class Review extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    UUID id;

    @ManyToOne(optional = false)
    Product product;

    @ManyToOne
    Customer author;

    @Column(nullable = false)
    short rating;

    @Column(length = 2000)
    String body;

    @Lob
    byte[] attachment;

    boolean verifiedPurchase;

}
