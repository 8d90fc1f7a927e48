atlas:nolintsum~
SELECT 460;
