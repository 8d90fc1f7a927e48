:atlas:sum~
SELECT 16;
