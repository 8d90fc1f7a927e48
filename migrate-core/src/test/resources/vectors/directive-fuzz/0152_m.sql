SUMignored~atlas:sumignore
SELECT 152;
