é-- éSUM--atlas:sum   ignore
SELECT 86;
