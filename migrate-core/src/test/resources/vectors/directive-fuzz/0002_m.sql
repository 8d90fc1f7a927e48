	SUM~ ignored	x
SELECT 2;
