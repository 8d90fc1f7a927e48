ignored	é
SELECT 418;
