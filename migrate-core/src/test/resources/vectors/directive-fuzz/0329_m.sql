SUMignoresum
SELECT 329;
