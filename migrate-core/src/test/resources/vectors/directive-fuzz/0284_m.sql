ignore-- SUM
SELECT 284;
