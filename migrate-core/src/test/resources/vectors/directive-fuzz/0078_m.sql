é  éatlas:sum ignoreatlas:sum   ignor
SELECT 78;
