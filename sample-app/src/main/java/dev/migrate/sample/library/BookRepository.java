package dev.migrate.sample.library;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BookRepository extends JpaRepository<Book, Long> {

    @EntityGraph(attributePaths = { "author", "tags" })
    List<Book> findAllByOrderByPublishedYearAsc();

    @EntityGraph(attributePaths = { "author", "tags" })
    List<Book> findByAuthorIdOrderByPublishedYearAsc(Long authorId);

}
