	atlas:#atlas:sum   ignor
SELECT 189;
