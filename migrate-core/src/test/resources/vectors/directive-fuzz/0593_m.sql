~atlas:#
SELECT 593;
