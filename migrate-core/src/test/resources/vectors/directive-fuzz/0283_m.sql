	atlas:sum ignore
SELECT 283;
