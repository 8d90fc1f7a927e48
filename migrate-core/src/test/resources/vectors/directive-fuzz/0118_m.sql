éatlas:sumx_ 
SELECT 118;
