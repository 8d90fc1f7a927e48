package dev.migrate.hibernate.model;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** A unidirectional one-to-many through a foreign key column in the target table. */
@Entity
@Table(uniqueConstraints = @UniqueConstraint(columnNames = { "name", "country_code" }))
public class Supplier {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false, length = 120)
    String name;

    @Column(nullable = false, length = 2)
    String countryCode;

    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "supplier_id")
    List<SupplierContact> contacts = new ArrayList<>();

}
