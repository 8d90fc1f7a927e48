package dev.migrate.hibernate.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;

/** Self-referencing manager, an ordered element collection of embeddables. */
@Entity
public class Employee {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false, length = 100)
    String fullName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    EmployeeRole role;

    LocalDate hiredOn;

    @ManyToOne
    Employee manager;

    @ManyToOne
    Department department;

    @ElementCollection
    @CollectionTable(name = "employee_skills")
    @OrderColumn(name = "position")
    List<Skill> skills = new ArrayList<>();

}
