atlas:sum ignoreatlas:sum ignoreatlas:sum ignoreatlas:sum ignore 
SELECT 360;
