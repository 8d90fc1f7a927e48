atlas:sumignored
SELECT 349;
