 --    
SELECT 599;
