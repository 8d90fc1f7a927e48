:    atlas:sum  ignor
SELECT 107;
