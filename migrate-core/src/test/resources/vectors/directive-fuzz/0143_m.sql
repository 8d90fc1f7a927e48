atlas:sumatlas: 	atlas:atlas:sum   ignore
SELECT 143;
