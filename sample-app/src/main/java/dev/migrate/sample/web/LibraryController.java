package dev.migrate.sample.web;

import java.util.List;

import dev.migrate.sample.library.Author;
import dev.migrate.sample.library.AuthorRepository;
import dev.migrate.sample.library.Book;
import dev.migrate.sample.library.BookRepository;
import dev.migrate.sample.library.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Authors and their books.
 */
@RestController
public class LibraryController {

    private final AuthorRepository authors;

    private final BookRepository books;

    public LibraryController(AuthorRepository authors, BookRepository books) {
        this.authors = authors;
        this.books = books;
    }

    @GetMapping("/authors")
    public List<AuthorView> authors() {
        return this.authors.findAll().stream().map(AuthorView::of).toList();
    }

    @PostMapping("/authors")
    @ResponseStatus(HttpStatus.CREATED)
    public AuthorView addAuthor(@RequestBody NewAuthor author) {
        return AuthorView.of(this.authors.save(new Author(author.name())));
    }

    @GetMapping("/books")
    public List<BookView> books() {
        return this.books.findAllByOrderByPublishedYearAsc().stream().map(BookView::of).toList();
    }

    @GetMapping("/authors/{id}/books")
    public List<BookView> booksOf(@PathVariable Long id) {
        if (!this.authors.existsById(id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no author " + id);
        }
        return this.books.findByAuthorIdOrderByPublishedYearAsc(id).stream().map(BookView::of).toList();
    }

    @PostMapping("/authors/{id}/books")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    public BookView addBook(@PathVariable Long id, @RequestBody NewBook book) {
        Author author = this.authors.findById(id)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no author " + id));
        return BookView.of(this.books.save(new Book(book.title(), book.publishedYear(), author)));
    }

    public record NewAuthor(String name) {
    }

    public record NewBook(String title, Integer publishedYear) {
    }

    public record AuthorView(Long id, String name) {

        static AuthorView of(Author author) {
            return new AuthorView(author.getId(), author.getName());
        }

    }

    public record BookView(Long id, String title, Integer publishedYear, String author, List<String> tags) {

        static BookView of(Book book) {
            return new BookView(book.getId(), book.getTitle(), book.getPublishedYear(), book.getAuthor().getName(),
                    book.getTags().stream().map(Tag::getName).sorted().toList());
        }

    }

}
