  atlas:sum--x
SELECT 438;
