atlas:éatlas:sum   ignor
SELECT 441;
