atlas:sum ignore-- :
SELECT 453;
