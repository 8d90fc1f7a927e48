-- atlas:sum ignored
SELECT 3;
