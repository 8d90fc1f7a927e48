package dev.migrate.hibernate.model;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;

/** An optional one-to-one, an ordered many-to-many. */
@Entity
public class Wishlist {

    @Id
    @GeneratedValue
    Long id;

    @OneToOne(optional = false)
    @JoinColumn(nullable = false, unique = true)
    Customer owner;

    @ManyToMany
    @OrderColumn
    List<Product> products = new ArrayList<>();

}
