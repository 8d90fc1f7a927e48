éatlas:sum  SUM	atlas:sumignore
SELECT 17;
