package dev.migrate.hibernate.model;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;

/** A one-to-one through a unique foreign key, and the inverse side of a one-to-many. */
@Entity
public class Department {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false, unique = true, length = 60)
    String name;

    @OneToOne
    @JoinColumn(name = "head_id", unique = true)
    Employee head;

    @OneToMany(mappedBy = "department")
    List<Employee> members = new ArrayList<>();

}
