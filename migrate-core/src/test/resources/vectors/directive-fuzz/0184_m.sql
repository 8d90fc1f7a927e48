  ~	atlas:sumignore
SELECT 184;
