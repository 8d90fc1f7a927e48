#SUMx-- atlas:sum  ignor
SELECT 202;
