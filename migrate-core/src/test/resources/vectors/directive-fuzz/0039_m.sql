-- ignoreignore	  
SELECT 39;
