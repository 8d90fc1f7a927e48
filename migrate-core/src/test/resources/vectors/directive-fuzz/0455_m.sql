éignored-- éatlas:sum ignore 
SELECT 455;
