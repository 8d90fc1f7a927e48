   atlas:sum ignore é
SELECT 505;
