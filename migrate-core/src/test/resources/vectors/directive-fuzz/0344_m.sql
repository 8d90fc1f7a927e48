ignoredatlas:sum ignor
SELECT 344;
