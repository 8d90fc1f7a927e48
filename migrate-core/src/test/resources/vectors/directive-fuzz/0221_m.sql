~--xignore:
SELECT 221;
