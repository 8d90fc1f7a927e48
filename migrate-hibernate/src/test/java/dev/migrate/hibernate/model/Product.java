package dev.migrate.hibernate.model;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Sequence id, @Lob text, embedded money, indexes, an explicit and an implicit join table. */
@Entity
@Table(indexes = {
    @Index(name = "idx_product_name", columnList = "name"),
    @Index(name = "idx_product_brand_name", columnList = "brand_id, name")
})
public class Product extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "product_seq")
    @SequenceGenerator(name = "product_seq", sequenceName = "product_seq", allocationSize = 50)
    Long id;

    @Version
    Integer version;

    @Column(nullable = false, unique = true, length = 32)
    String sku;

    @Column(nullable = false, length = 200)
    String name;

    @Lob
    String description;

    @Embedded
    Money price;

    @ManyToOne(fetch = FetchType.LAZY)
    Brand brand;

    @ManyToMany
    @JoinTable(name = "product_categories", joinColumns = @JoinColumn(name = "product_id"),
            inverseJoinColumns = @JoinColumn(name = "category_id"))
    Set<Category> categories = new HashSet<>();

    @ManyToMany
    Set<Tag> tags = new HashSet<>();

}
