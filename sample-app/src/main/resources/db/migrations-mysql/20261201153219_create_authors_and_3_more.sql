-- liquibase formatted sql

-- changeset migrate:20261201153219_create_authors_and_3_more
-- create "authors" table
CREATE TABLE `authors` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(200) NOT NULL,
  PRIMARY KEY (`id`)
);
-- create "books" table
CREATE TABLE `books` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `published_year` int NULL,
  `title` varchar(300) NOT NULL,
  `author_id` bigint NOT NULL,
  PRIMARY KEY (`id`),
  INDEX `idx_books_author` (`author_id`),
  CONSTRAINT `fk_books_author` FOREIGN KEY (`author_id`) REFERENCES `authors` (`id`)
);
-- create "tags" table
CREATE TABLE `tags` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(50) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `uq_tags_name` UNIQUE (`name`)
);
-- create "book_tags" table
CREATE TABLE `book_tags` (
  `book_id` bigint NOT NULL,
  `tag_id` bigint NOT NULL,
  PRIMARY KEY (`book_id`, `tag_id`),
  CONSTRAINT `fk_book_tags_book` FOREIGN KEY (`book_id`) REFERENCES `books` (`id`) ON DELETE CASCADE,
  CONSTRAINT `fk_book_tags_tag` FOREIGN KEY (`tag_id`) REFERENCES `tags` (`id`)
);
-- rollback -- reverse: create "book_tags" table
-- rollback DROP TABLE `book_tags`;
-- rollback -- reverse: create "tags" table
-- rollback DROP TABLE `tags`;
-- rollback -- reverse: create "books" table
-- rollback DROP TABLE `books`;
-- rollback -- reverse: create "authors" table
-- rollback DROP TABLE `authors`;
