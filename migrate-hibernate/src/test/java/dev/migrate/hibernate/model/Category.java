package dev.migrate.hibernate.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;

/** Self-referencing tree; inverse side of two many-to-many associations. */
@Entity
public class Category {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false, length = 80)
    String name;

    @ManyToOne
    Category parent;

    @OneToMany(mappedBy = "parent")
    List<Category> children = new ArrayList<>();

    @ManyToMany(mappedBy = "categories")
    Set<Product> products = new HashSet<>();

    @ManyToMany(mappedBy = "categories")
    Set<Promotion> promotions = new HashSet<>();

}
