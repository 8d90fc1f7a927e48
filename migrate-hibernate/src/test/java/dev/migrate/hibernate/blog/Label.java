package dev.migrate.hibernate.blog;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Label {

    @Id
    @GeneratedValue
    Long id;

    String name;

}
