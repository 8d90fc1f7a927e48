atlas:sum ignore sumé_atlas:sum ignore 
SELECT 443;
