suméSUMignore	:atlas:sumignore 
SELECT 465;
