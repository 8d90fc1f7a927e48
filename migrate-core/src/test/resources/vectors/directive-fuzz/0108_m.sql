sumatlas:#atlas:sum   ignor
SELECT 108;
