--SUMatlas:sum ignore
SELECT 198;
