ignored~:
SELECT 489;
