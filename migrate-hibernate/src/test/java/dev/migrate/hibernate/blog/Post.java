package dev.migrate.hibernate.blog;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;

/** The join table of the report: Hibernate's runtime orders its primary key (label_id, post_id). */
@Entity
public class Post extends Publication {

    String title;

    @ManyToMany
    @JoinTable(joinColumns = @JoinColumn(name = "post_id"), inverseJoinColumns = @JoinColumn(name = "label_id"))
    Set<Label> labels = new HashSet<>();

    @ElementCollection
    Set<String> keywords = new HashSet<>();

}
