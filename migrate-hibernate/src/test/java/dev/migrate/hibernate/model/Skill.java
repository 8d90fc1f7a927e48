package dev.migrate.hibernate.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class Skill {

    @Column(nullable = false, length = 60)
    String name;

    @Column(nullable = false)
    int level;

}
