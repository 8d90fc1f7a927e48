ignore--	 
SELECT 201;
