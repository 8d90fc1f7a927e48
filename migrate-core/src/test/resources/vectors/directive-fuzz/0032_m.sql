xatlas:sum ignoreatlas:sum ignoreatlas:sumignore
SELECT 32;
