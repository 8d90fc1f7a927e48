-- liquibase formatted sql

-- changeset sample:20261201153300_seed_library
INSERT INTO authors (name) VALUES ('Ursula K. Le Guin');
INSERT INTO authors (name) VALUES ('Stanisław Lem');
INSERT INTO books (title, published_year, author_id)
    SELECT 'A Wizard of Earthsea', 1968, id FROM authors WHERE name = 'Ursula K. Le Guin';
INSERT INTO books (title, published_year, author_id)
    SELECT 'The Dispossessed', 1974, id FROM authors WHERE name = 'Ursula K. Le Guin';
INSERT INTO books (title, published_year, author_id)
    SELECT 'Solaris', 1961, id FROM authors WHERE name = 'Stanisław Lem';
INSERT INTO tags (name) VALUES ('fantasy');
INSERT INTO tags (name) VALUES ('science-fiction');
INSERT INTO book_tags (book_id, tag_id)
    SELECT b.id, t.id FROM books b, tags t WHERE b.title = 'A Wizard of Earthsea' AND t.name = 'fantasy';
INSERT INTO book_tags (book_id, tag_id)
    SELECT b.id, t.id FROM books b, tags t WHERE b.title <> 'A Wizard of Earthsea' AND t.name = 'science-fiction';
-- rollback DELETE FROM book_tags;
-- rollback DELETE FROM books;
-- rollback DELETE FROM authors;
-- rollback DELETE FROM tags;
