   ignorexsum
SELECT 268;
