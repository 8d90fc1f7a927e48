#xéatlas:sum   ignor
SELECT 18;
