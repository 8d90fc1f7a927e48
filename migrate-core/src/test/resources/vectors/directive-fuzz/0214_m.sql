SUM atlas:sum ignoreignore--atlas:sum ignore 
SELECT 214;
