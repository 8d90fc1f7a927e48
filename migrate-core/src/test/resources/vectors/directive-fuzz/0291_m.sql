:ignoredSUM
SELECT 291;
