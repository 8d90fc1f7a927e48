SUMatlas:atlas:sum ignore 
SELECT 251;
