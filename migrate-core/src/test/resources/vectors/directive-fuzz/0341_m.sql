atlas:sum ignore~é
SELECT 341;
