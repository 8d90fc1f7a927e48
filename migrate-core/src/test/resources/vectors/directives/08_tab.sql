--	atlas:sum ignore
SELECT 8;
