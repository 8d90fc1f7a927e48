~é    atlas:sumignore 
SELECT 70;
