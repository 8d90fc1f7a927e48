-- atlas:sum ignore extra
SELECT 4;
