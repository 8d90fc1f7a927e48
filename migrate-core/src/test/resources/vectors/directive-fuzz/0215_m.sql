é  xatlas:sum ignoreatlas:sum   ignore
SELECT 215;
