  ignoreatlas:atlas:nolintSUMignore:atlas:sum ignor
SELECT 151;
