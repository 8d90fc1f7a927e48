sum:atlas:sum ignore
SELECT 563;
