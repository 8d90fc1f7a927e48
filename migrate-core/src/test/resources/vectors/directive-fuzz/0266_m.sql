  atlas:sum ignore --	 
SELECT 266;
