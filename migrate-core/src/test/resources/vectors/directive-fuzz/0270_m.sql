xignoreatlas:suméatlas:sum ignore:
SELECT 270;
