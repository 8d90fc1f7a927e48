atlas:nolint~atlas:sumignore
SELECT 242;
