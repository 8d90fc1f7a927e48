atlas:sum__  ignored 
SELECT 587;
