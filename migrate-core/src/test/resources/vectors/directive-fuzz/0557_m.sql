atlas:sum ignore
SELECT 557;
