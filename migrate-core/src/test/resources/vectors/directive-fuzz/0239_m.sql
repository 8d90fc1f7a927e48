atlas:suméignoresum
SELECT 239;
