é:atlas:atlas:sum ignor
SELECT 439;
