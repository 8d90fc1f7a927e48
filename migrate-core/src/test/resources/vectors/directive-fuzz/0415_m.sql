--atlas:sum
SELECT 415;
