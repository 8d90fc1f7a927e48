x--atlas:sum ignore--  SUM_atlas:sum ignore
SELECT 473;
