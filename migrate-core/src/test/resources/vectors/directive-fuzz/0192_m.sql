SUMignored	atlas:sum
SELECT 192;
