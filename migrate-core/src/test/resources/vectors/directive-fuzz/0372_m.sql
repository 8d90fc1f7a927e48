SUMSUMatlas:sum ignore
SELECT 372;
