--#atlas:sum ignoreatlas:sumignore
SELECT 92;
