CREATE TABLE created_by_sql_init (id INT);
