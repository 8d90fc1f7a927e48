  atlas:sum   ignor
SELECT 246;
