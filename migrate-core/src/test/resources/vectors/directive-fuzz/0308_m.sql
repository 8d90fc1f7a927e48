ignoredatlas:xatlas:sum   ignor
SELECT 308;
