~ignored
SELECT 387;
