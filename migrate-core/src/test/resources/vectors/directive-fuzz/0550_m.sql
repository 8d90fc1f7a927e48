atlas:nolintx~
SELECT 550;
