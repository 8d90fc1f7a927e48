sum  atlas:sum ignore
SELECT 0;
