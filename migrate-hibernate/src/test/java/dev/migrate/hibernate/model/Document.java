package dev.migrate.hibernate.model;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;

/** Root of a TABLE_PER_CLASS hierarchy: each concrete class has a full table, ids come from one sequence. */
@Entity
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
public abstract class Document {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_seq")
    @SequenceGenerator(name = "document_seq", sequenceName = "document_number_seq", initialValue = 1000,
            allocationSize = 1)
    Long id;

    @Column(nullable = false, unique = true, length = 30)
    String number;

    @Column(nullable = false)
    LocalDate issuedOn;

    @Lob
    byte[] pdf;

}
