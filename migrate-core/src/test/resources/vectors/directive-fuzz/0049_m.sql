atlas:sum:ignored
SELECT 49;
