package dev.migrate.autoconfigure.drift.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Genre {

    @Id
    @GeneratedValue
    Long id;

    @Column(unique = true)
    String name;

}
