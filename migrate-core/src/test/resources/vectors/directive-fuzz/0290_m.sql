atlas:  atlas:atlas:sum ignor
SELECT 290;
