atlas:sum ignoreignore
SELECT 400;
