ignoredéignoredSUM
SELECT 120;
