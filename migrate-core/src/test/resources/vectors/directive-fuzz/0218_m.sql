_xx:
SELECT 218;
