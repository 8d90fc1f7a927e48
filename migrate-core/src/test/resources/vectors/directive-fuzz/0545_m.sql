atlas:ignoreatlas:ignoredignore
SELECT 545;
