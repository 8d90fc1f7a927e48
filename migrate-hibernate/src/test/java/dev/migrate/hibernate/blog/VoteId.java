package dev.migrate.hibernate.blog;

import java.io.Serializable;

import jakarta.persistence.Embeddable;

@Embeddable
public record VoteId(Long voterId, Long postId, String kind) implements Serializable {
}
