_ignored_ignore	atlas:sum ignore 
SELECT 544;
