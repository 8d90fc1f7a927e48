atlas:éxignoreatlas:sumignore
SELECT 361;
