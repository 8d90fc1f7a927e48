 atlas:sum ignorex
SELECT 303;
