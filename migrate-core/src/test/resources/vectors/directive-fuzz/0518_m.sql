  #ignoredignoreatlas:nolint  x
SELECT 518;
