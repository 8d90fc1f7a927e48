_    atlas:nolintatlas:sum
SELECT 116;
