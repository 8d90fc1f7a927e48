   ignoredSUMSUMatlas:sumignore
SELECT 448;
