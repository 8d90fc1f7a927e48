package dev.migrate.autoconfigure.drift.library;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;

@Entity
public class Loan {

    @EmbeddedId
    Key id;

    LocalDate due;

    @Embeddable
    public record Key(Long readerId, Long bookId) implements Serializable {
    }

}
