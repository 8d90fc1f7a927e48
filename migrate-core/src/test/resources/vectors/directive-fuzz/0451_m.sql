--﻿﻿	-- 
SELECT 451;
