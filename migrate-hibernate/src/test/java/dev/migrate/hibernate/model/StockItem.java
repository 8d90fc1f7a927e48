package dev.migrate.hibernate.model;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;

@Entity
@Table(uniqueConstraints = @UniqueConstraint(name = "uk_stock_item_place", columnNames = { "warehouse_id",
    "product_id" }))
public class StockItem {

    @Id
    @GeneratedValue
    Long id;

    @Version
    Long version;

    @ManyToOne(optional = false)
    Warehouse warehouse;

    @ManyToOne(optional = false)
    Product product;

    @Column(precision = 12, scale = 3, nullable = false)
    BigDecimal quantity;

    @Column(name = "bin", length = 16)
    String binLocation;

}
