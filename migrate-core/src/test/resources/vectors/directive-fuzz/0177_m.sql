x	#ignoreatlas:sumignore
SELECT 177;
