:atlas:sum ignore:
SELECT 182;
