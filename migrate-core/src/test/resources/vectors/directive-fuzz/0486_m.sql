	--atlas:sum   ignore
SELECT 486;
