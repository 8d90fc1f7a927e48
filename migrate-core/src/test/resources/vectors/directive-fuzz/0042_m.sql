ignore-- é
SELECT 42;
