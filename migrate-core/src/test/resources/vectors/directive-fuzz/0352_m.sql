sum~sumignore
SELECT 352;
