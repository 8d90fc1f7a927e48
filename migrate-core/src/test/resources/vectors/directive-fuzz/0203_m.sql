atlas:sum:
SELECT 203;
