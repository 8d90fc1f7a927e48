package dev.migrate.autoconfigure.dev.notes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "notes")
public class Note {

    @Id
    private Long id;

    @Column(length = 100)
    private String title;

}
