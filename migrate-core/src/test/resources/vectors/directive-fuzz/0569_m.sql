	atlas: 
SELECT 569;
