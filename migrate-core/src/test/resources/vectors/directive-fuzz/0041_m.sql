ignore  ~#atlas:atlas:sum ignor
SELECT 41;
