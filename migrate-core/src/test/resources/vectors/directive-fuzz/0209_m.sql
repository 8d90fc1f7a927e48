atlas:SUM#atlas:nolint  atlas:sum   ignore
SELECT 209;
