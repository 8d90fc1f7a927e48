x   --
SELECT 472;
