ignored  ~
SELECT 413;
