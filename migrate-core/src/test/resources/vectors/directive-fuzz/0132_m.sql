ignore#atlas:sumignore
SELECT 132;
