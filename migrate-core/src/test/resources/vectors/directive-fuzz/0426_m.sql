atlas:sumatlas:sum ignore:atlas:#
SELECT 426;
