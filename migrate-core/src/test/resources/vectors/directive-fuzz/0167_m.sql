atlas:sum SUM
SELECT 167;
