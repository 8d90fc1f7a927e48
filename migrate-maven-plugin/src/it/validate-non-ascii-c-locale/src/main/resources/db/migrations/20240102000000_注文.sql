CREATE TABLE orders (id int); -- 日本語
