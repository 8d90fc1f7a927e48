SUM  atlas:sum sum~
SELECT 53;
