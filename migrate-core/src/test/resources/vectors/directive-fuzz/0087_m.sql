	atlas:sumsum-- atlas:	
SELECT 87;
