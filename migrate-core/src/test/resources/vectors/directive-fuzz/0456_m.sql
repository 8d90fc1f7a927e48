  atlas:sum ignor
SELECT 456;
