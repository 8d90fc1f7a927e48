atlas:sum ignoresum
SELECT 526;
