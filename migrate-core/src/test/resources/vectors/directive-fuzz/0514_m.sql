atlas:sum ignoreignore
SELECT 514;
