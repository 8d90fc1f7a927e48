ignored--sum
SELECT 131;
