SUM-- sum~#xatlas:sum   ignor
SELECT 81;
