package dev.migrate.hibernate.model;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Embeddable;

@Embeddable
public class OrderLineId implements Serializable {

    UUID orderId;

    int lineNumber;

    @Override
    public boolean equals(Object other) {
        return other instanceof OrderLineId that && lineNumber == that.lineNumber
                && Objects.equals(orderId, that.orderId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(orderId, lineNumber);
    }

}
