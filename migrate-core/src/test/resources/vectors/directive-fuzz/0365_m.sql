 ignoredatlas:sum ignore
SELECT 365;
