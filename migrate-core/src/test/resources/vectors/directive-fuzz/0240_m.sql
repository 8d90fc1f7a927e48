~-- ignored-- atlas:sum ignore 
SELECT 240;
