ignored  SUM-- SUMignore	
SELECT 470;
