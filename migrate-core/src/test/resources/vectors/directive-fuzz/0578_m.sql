atlas:sum ignore
SELECT 578;
