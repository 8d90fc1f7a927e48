_:#_ignored
SELECT 494;
