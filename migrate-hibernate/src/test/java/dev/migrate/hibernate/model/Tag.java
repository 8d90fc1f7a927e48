package dev.migrate.hibernate.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A natural string key. */
@Entity
public class Tag {

    @Id
    @Column(length = 40)
    String label;

}
