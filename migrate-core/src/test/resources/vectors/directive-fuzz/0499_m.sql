  ignoredSUM
SELECT 499;
