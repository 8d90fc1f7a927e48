-- x 
SELECT 281;
