atlas:nolintatlas:sum~~atlas:sum ignore 
SELECT 6;
