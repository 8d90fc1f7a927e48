#sum xignorex	
SELECT 124;
