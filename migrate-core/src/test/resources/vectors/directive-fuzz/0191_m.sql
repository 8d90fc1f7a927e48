:-- SUMatlas:atlas:sum   ignore
SELECT 191;
