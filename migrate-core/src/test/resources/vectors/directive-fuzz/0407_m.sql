  éatlas:sum  ignor
SELECT 407;
