_  :~	  
SELECT 51;
