	atlas:sum ignore
SELECT 568;
