SUM#ignoredatlas:sum ignore
SELECT 161;
