 xatlas:sum
SELECT 244;
