	atlas:sum   ignor
SELECT 313;
