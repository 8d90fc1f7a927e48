-- atlas:suméatlas:sum ignoreignored
SELECT 447;
