éatlas:sum   ignore
SELECT 525;
