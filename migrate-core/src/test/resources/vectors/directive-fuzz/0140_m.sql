atlas:sum ignore x  
SELECT 140;
