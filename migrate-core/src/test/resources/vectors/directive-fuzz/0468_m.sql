SUMx-- é# _atlas:sum ignore 
SELECT 468;
