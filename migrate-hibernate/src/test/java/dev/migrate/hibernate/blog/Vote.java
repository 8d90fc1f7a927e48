package dev.migrate.hibernate.blog;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;

@Entity
public class Vote {

    @EmbeddedId
    VoteId id;

    int weight;

}
