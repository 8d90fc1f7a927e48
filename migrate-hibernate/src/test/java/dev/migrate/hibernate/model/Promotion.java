package dev.migrate.hibernate.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;

/** Owning side of a bidirectional many-to-many with an implicit join table. */
@Entity
public class Promotion {

    @Id
    @GeneratedValue
    Long id;

    @Column(nullable = false, length = 120)
    String title;

    @Column(precision = 5, scale = 2, nullable = false)
    BigDecimal discountPercent;

    LocalDate startsOn;

    LocalDate endsOn;

    @ManyToMany
    Set<Category> categories = new HashSet<>();

}
