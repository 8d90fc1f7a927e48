-- liquibase formatted sql

-- changeset migrate:20261122034256_align_book_tags_keys
-- drop foreign key "fk_book_tags_tag" from table: "book_tags"
ALTER TABLE book_tags DROP CONSTRAINT fk_book_tags_tag;
-- drop primary key "pk_book_tags" from table: "book_tags"
ALTER TABLE book_tags DROP CONSTRAINT pk_book_tags;
-- add primary key "book_tags_pkey" to table: "book_tags"
ALTER TABLE book_tags ADD CONSTRAINT book_tags_pkey PRIMARY KEY (book_id, tag_id);
-- add foreign key "fk_book_tags_tag" to table: "book_tags"
ALTER TABLE book_tags ADD CONSTRAINT fk_book_tags_tag FOREIGN KEY (tag_id) REFERENCES tags (id);
-- rollback -- reverse: add foreign key "fk_book_tags_tag" to table: "book_tags"
-- rollback ALTER TABLE book_tags DROP CONSTRAINT fk_book_tags_tag;
-- rollback -- reverse: add primary key "book_tags_pkey" to table: "book_tags"
-- rollback ALTER TABLE book_tags DROP CONSTRAINT book_tags_pkey;
-- rollback -- reverse: drop primary key "pk_book_tags" from table: "book_tags"
-- rollback ALTER TABLE book_tags ADD CONSTRAINT pk_book_tags PRIMARY KEY (book_id, tag_id);
-- rollback -- reverse: drop foreign key "fk_book_tags_tag" from table: "book_tags"
-- rollback ALTER TABLE book_tags ADD CONSTRAINT fk_book_tags_tag FOREIGN KEY (tag_id) REFERENCES tags (id) ON DELETE CASCADE;
