atlas:sum ignoreignoreatlas:sum   ignore
SELECT 58;
